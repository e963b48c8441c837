/** The shared empty feature list and the features of a text that has none. */
import type { Features } from '../types.ts';

export const NONE: readonly never[] = Object.freeze([]);

export const NO_FEATURES: Features = Object.freeze({
  urls: NONE,
  phones: NONE,
  shortCodes: NONE,
  emails: NONE,
  money: NONE,
});
