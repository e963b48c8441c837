/**
 * Work counters: what each stage and extractor examined (characters, candidates, regex matches), read
 * by the tests to check the work is linear in the input. A regex counts one step per match: each one
 * in a loop matches a bounded length or cannot start inside the run it just failed on.
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
