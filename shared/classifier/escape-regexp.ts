/** `s` as a regular expression matching it literally (the word lists and map files build theirs). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
