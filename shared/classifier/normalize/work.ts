/**
 * Work counters: what each stage and feature extractor examined (characters, candidates, regex
 * matches). Only the tests read them, to check that the work stays linear in the input's length.
 */
export const work = {
  chars: 0,
  entities: 0,
  lookalikes: 0,
  spaced: 0,
  whitespace: 0,
  refang: 0,
  emails: 0,
  urls: 0,
  money: 0,
  phones: 0,
  shortCodes: 0,
  claims: 0,
};

export type WorkCounter = keyof typeof work;

export function resetWork(): void {
  for (const k of Object.keys(work) as WorkCounter[]) work[k] = 0;
}
