/** The state of one normalisation run, shared by the stages: counters, flags and refanged spans. */
import type { Trace } from './trace.ts';

/** Per-run counters and flags; `traces` is non-null only when an offset map is being built. */
export interface State {
  invisible: number;
  confusables: number;
  spacedWords: number;
  entities: number;
  diacritics: number;
  controls: number;
  defanged: number;
  /** A look-alike letter was seen (stage 3 has work). */
  lookalikes: boolean;
  /** Refanged spans of the final text, with what was written there. */
  refangs: Refang[] | null;
  /** The survey flags of the final text (HAS_DIGIT, HAS_AT and HOST_DOT are what the features need). */
  flags: number;
  readonly traces: Trace[] | null;
}

export interface Refang {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

export function newState(traces: Trace[] | null): State {
  return {
    invisible: 0,
    confusables: 0,
    spacedWords: 0,
    entities: 0,
    diacritics: 0,
    controls: 0,
    defanged: 0,
    lookalikes: false,
    refangs: null,
    flags: 0,
    traces,
  };
}
