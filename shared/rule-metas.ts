/**
 * Every rule's `meta:` exactly as the service will read it, with the line of each key, and the
 * problems `checkRuleMeta` finds in it. The meta sections are cut out of the source text (a small
 * tokenizer that knows YARA's comments, strings, regexes and braces) and compiled as probe rules
 * that always match, so the values come from the engine itself: its number forms, its duplicate
 * keys, its quirks (an escaped string arrives as "unknown") are the service's.
 */
import type { Diagnostic, Engine, MetaValue, RuleSource } from './classifier/engine.ts';
import { checkRuleMeta, META_KEYS } from './classifier/rule-meta.ts';

export interface RuleMeta {
  /** The `RuleSource.name` it is in. */
  readonly source: string;
  readonly rule: string;
  /** 1-based line of the rule header. */
  readonly line: number;
  readonly isPrivate: boolean;
  /** As the engine hands it to the verdict. */
  readonly meta: Readonly<Record<string, MetaValue>>;
  /** Line of each key (the last one, when a key is repeated: the engine keeps the last). */
  readonly keyLines: Readonly<Record<string, number>>;
}

interface Token {
  readonly kind: 'word' | 'string' | 'regex' | 'number' | 'punct';
  readonly text: string;
  readonly start: number;
  readonly line: number;
}

const WORD = /[A-Za-z_$#@!][A-Za-z0-9_*]*/y;
const NUMBER = /[0-9][0-9A-Za-z_.]*/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  for (let i = 0; i < src.length; ) {
    const [kind, end] = lexeme(src, i, out.at(-1));
    if (kind !== 'skip') out.push({ kind, text: src.slice(i, end), start: i, line });
    for (let k = i; k < end; k++) if (src.charCodeAt(k) === 10) line++;
    i = end;
  }
  return out;
}

/** The kind and end of the lexeme at `i` (`skip`: blanks and comments). */
function lexeme(src: string, i: number, prev: Token | undefined): [Token['kind'] | 'skip', number] {
  const c = src[i] as string;
  if (c === ' ' || c === '\t' || c === '\r' || c === '\n') return ['skip', i + 1];
  if (src.startsWith('//', i)) {
    const end = src.indexOf('\n', i);
    return ['skip', end < 0 ? src.length : end];
  }
  if (src.startsWith('/*', i)) {
    const end = src.indexOf('*/', i + 2);
    return ['skip', end < 0 ? src.length : end + 2];
  }
  if (c === '"') return ['string', quoted(src, i, '"')];
  if (c === '/' && regexMayStart(prev)) {
    let end = quoted(src, i, '/');
    while (/[a-z]/.test(src[end] ?? '')) end++;
    return ['regex', end];
  }
  const word = matchAt(WORD, src, i);
  if (word > i) return ['word', word];
  const number = matchAt(NUMBER, src, i);
  if (number > i) return ['number', number];
  return ['punct', i + 1];
}

/** End of a sticky `re` matched at `at`, or `at` when it does not match there. */
function matchAt(re: RegExp, src: string, at: number): number {
  re.lastIndex = at;
  return re.test(src) ? re.lastIndex : at;
}

/** End of a literal opened at `from` by `quote` (backslash escapes; a regex stops at a line end). */
function quoted(src: string, from: number, quote: string): number {
  for (let k = from + 1; k < src.length; k++) {
    const ch = src[k];
    if (ch === '\\') k++;
    else if (ch === quote) return k + 1;
    else if (ch === '\n' && quote === '/') return k;
  }
  return src.length;
}

/** A `/` opens a regex after `=` (a string definition) or `matches`; elsewhere it divides. */
function regexMayStart(prev: Token | undefined): boolean {
  return prev !== undefined && (prev.text === '=' || prev.text === 'matches');
}

interface Section {
  readonly rule: string;
  readonly line: number;
  readonly isPrivate: boolean;
  /** The meta section's text (between `meta:` and the next section), or undefined. */
  readonly text: string | undefined;
  readonly keyLines: Record<string, number>;
}

function sections(src: string): Section[] {
  const t = tokenize(src);
  const out: Section[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]?.kind !== 'word' || t[i]?.text !== 'rule') continue;
    let m = i - 1;
    let isPrivate = false;
    while (t[m]?.text === 'private' || t[m]?.text === 'global') isPrivate ||= t[m--]?.text === 'private';
    const name = t[i + 1];
    let k = i + 2;
    while (k < t.length && t[k]?.text !== '{') k++;
    const keyLines: Record<string, number> = {};
    let text: string | undefined;
    if (t[k + 1]?.text === 'meta' && t[k + 2]?.text === ':') {
      let e = k + 3;
      const first = t[e];
      while (e < t.length && !(/^(strings|condition)$/.test(t[e]?.text ?? '') && t[e + 1]?.text === ':')) {
        if (t[e]?.kind === 'word' && t[e + 1]?.text === '=')
          keyLines[t[e]?.text as string] = t[e]?.line as number;
        e++;
      }
      text = first ? src.slice(first.start, t[e]?.start ?? src.length) : '';
    }
    let depth = 0;
    for (; k < t.length; k++) {
      if (t[k]?.kind !== 'punct') continue;
      if (t[k]?.text === '{') depth++;
      else if (t[k]?.text === '}' && --depth === 0) break;
    }
    out.push({ rule: name?.text ?? '?', line: t[i]?.line ?? 0, isPrivate, text, keyLines });
    i = k;
  }
  return out;
}

/** Each rule's meta, read through `engine` with probe rules that always match (one compile). */
export function readRuleMetas(engine: Engine, sources: readonly RuleSource[]): RuleMeta[] {
  const found = sources.map((s) => sections(s.source));
  const probes = found
    .flatMap((f, i) =>
      f.map((r, n) =>
        r.text === undefined ? '' : `rule meta_probe_${i}_${n} {\nmeta:\n${r.text}\ncondition: true\n}\n`,
      ),
    )
    .join('');
  const metas = new Map<string, Readonly<Record<string, MetaValue>>>();
  if (probes) {
    const compiled = engine.compile([{ name: 'meta probes', source: probes }], {});
    for (const hit of compiled.scan(new Uint8Array(0), {})) metas.set(hit.rule, hit.meta);
  }
  return found.flatMap((f, i) =>
    f.map((r, n) => ({
      source: (sources[i] as RuleSource).name,
      rule: r.rule,
      line: r.line,
      isPrivate: r.isPrivate,
      meta: metas.get(`meta_probe_${i}_${n}`) ?? {},
      keyLines: r.keyLines,
    })),
  );
}

/**
 * Every meta problem of `sources` as a diagnostic (`source:line: message`, code `meta`). A source
 * whose meta sections cannot be read (it does not compile) gives none: the compile reports it.
 */
export function metaDiagnostics(engine: Engine, sources: readonly RuleSource[]): Diagnostic[] {
  let metas: RuleMeta[];
  try {
    metas = readRuleMetas(engine, sources);
  } catch {
    return [];
  }
  const out: Diagnostic[] = [];
  for (const r of metas) {
    const problems = r.isPrivate
      ? Object.keys(r.meta)
          .filter((k) => k !== 'description' && (META_KEYS as readonly string[]).includes(k))
          .map((key) => ({
            key,
            severity: 'error' as const,
            message: `rule ${r.rule}: a private rule never votes: its ${key} is ignored`,
          }))
      : checkRuleMeta(r.rule, r.meta);
    for (const p of problems) {
      out.push({
        severity: p.severity,
        source: r.source,
        line: r.keyLines[p.key] ?? r.line,
        code: 'meta',
        message: p.message,
      });
    }
  }
  return out;
}
