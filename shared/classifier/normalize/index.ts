/**
 * Normalisation before scanning. YARA-X `nocase` folds ASCII only, so look-alike letters,
 * fullwidth forms, zero-width joiners and spaced-out words are folded here, once, and the rules
 * and the model see one canonical text. The original text is kept untouched; `originalSpan()`
 * maps a range of `text` back to it (built lazily, so the hot path pays nothing for it).
 *
 * The pipeline, in order. One table-driven pass over the text (`survey.ts`) says which stages have
 * work and which feature extractors can match; a plain ASCII message usually runs no stage at all
 * and goes straight to the features. Regular expressions are compiled once, at module load.
 *  1. characters (`chars.ts`; what each character or cluster folds to: `folds.ts`, cached in
 *     `fold-cache.ts`), 2. HTML entities (`entities.ts`), 3. look-alikes of other scripts, by word
 *     (`lookalikes.ts`), 4. spaced-out words (`spaced.ts`), 5. whitespace (`whitespace.ts`),
 *     6. defanged links (`refang.ts`). Then the features are read from the final text (`features/`).
 * Each stage writes through `Out` and, for `originalSpan`, a `Trace` (`trace.ts`); counters and
 * flags live in `state.ts`. Every stage and extractor does work linear in the text, whatever it is:
 * `work.ts` counts it for the tests, bench/adversarial.mjs times it.
 */
import { foldChars } from './chars.ts';
import { bundledDomainLists, type DomainLists } from './domains.ts';
import { decodeEntities } from './entities.ts';
import { extractFeatures } from './features/index.ts';
import { foldLookalikes } from './lookalikes.ts';
import { refang } from './refang.ts';
import { collapseSpaced } from './spaced.ts';
import { newState, type State } from './state.ts';
import { DEFANG, HAS_AMP, NEEDS_CHARS, ODD_SPACE, SINGLES, survey } from './survey.ts';
import type { Trace } from './trace.ts';
import type { Features, Normalized, Obfuscation, Span } from './types.ts';
import { collapseWhitespace } from './whitespace.ts';

export type { Features, MoneyFeature, Normalized, Obfuscation, Span, UrlFeature } from './types.ts';

/** The canonical text of `original`; `st.flags` ends up describing it. */
function pipeline(original: string, st: State): string {
  let flags = survey(original);
  let s = original;
  if (flags & NEEDS_CHARS) {
    s = foldChars(s, st);
    if (s !== original) flags = survey(s);
  }
  if (flags & HAS_AMP) {
    const before = s;
    s = decodeEntities(s, st);
    if (s !== before) flags = survey(s);
  }
  if (st.lookalikes) {
    const before = s;
    s = foldLookalikes(s, st);
    if (s !== before) flags = survey(s);
  }
  if (flags & SINGLES) s = collapseSpaced(s, st);
  if (flags & ODD_SPACE) s = collapseWhitespace(s, st);
  if (flags & DEFANG) {
    const before = s;
    s = refang(s, st);
    if (s !== before) flags = survey(s); // "[at]" made an "@", "[.]" a dot between labels
  }
  // Rebuilding spaced words and collapsing spaces add no digit, "@" or dot between letters.
  st.flags = flags;
  return s;
}

class NormalizedMessage implements Normalized {
  readonly original: string;
  readonly text: string;
  readonly features: Features;
  readonly obfuscation: Obfuscation;
  #traces: readonly Trace[] | undefined;

  constructor(original: string, text: string, features: Features, obfuscation: Obfuscation) {
    this.original = original;
    this.text = text;
    this.features = features;
    this.obfuscation = obfuscation;
  }

  originalSpan(start: number, end: number): Span {
    if (this.#traces === undefined) {
      const traces: Trace[] = [];
      const again = pipeline(this.original, newState(traces));
      if (again !== this.text) throw new Error('normalize: the traced run differs from the first run');
      this.#traces = traces;
    }
    let s = Math.max(0, Math.min(start, this.text.length));
    let e = Math.max(s, Math.min(end, this.text.length));
    for (let k = this.#traces.length - 1; k >= 0; k--) {
      const t = this.#traces[k] as Trace;
      const ns = t.start(s);
      e = e > s ? t.end(e) : ns;
      s = ns;
    }
    return { start: s, end: e };
  }

  originalIndex(index: number): number {
    return this.originalSpan(index, index + 1).start;
  }
}

/** The canonical text and features of a message; `lists`: the link maps (default: the shipped ones). */
export function normalize(original: string, lists: DomainLists = bundledDomainLists()): Normalized {
  const st = newState(null);
  const text = pipeline(original, st);
  const features = extractFeatures(text, st.flags, st.refangs, lists);
  return new NormalizedMessage(original, text, features, {
    invisible: st.invisible,
    confusables: st.confusables,
    spacedWords: st.spacedWords,
    entities: st.entities,
    diacritics: st.diacritics,
    controls: st.controls,
    defanged: st.defanged,
  });
}
