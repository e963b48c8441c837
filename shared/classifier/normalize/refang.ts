/**
 * Stage 6, defanged links are refanged so rules see `http://example.com`: `hxxp://`, `hxxps[://]`,
 * `h**p://`, `http//`, `example[.]com`, `example(.)com`, `example{dot}com`, `example dot com`,
 * `www . example . com`, `name[at]example[.]com`. The unbracketed forms (" dot ", " . ") are
 * refanged only when the last label is a known top-level domain and the first is not a common
 * English word ("the dot com boom" stays).
 */
import { knownSuffix } from './domains.ts';
import type { State } from './state.ts';
import { Out } from './trace.ts';
import { work } from './work.ts';

/** First labels that make " dot " prose, not a host ("the dot com boom"). */
const PROSE_LABELS: ReadonlySet<string> = new Set(
  'the a an of on in at to by and or is my your his her our their this that polka per one each every any no'.split(
    ' ',
  ),
);

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DEFANGED_DOT = String.raw`\s?[\[({](?:\.|dot)[\])}]\s?|\s(?:dot|\.)\s`;
const REFANG = new RegExp(
  String.raw`\b(h(?:xx|\*\*|tt)p(s?)(?::\/\/|\[:\]\/\/|\(:\)\/\/|\[:\/\/\]|\/\/(?=[a-z0-9])))` +
    String.raw`|(?<=[a-z0-9._%+-])(\s?(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\))\s?)(?=${LABEL}(?:\.|${DEFANGED_DOT})[a-z])` +
    String.raw`|(?<![a-z0-9.-])(${LABEL}(?:(?:\.|${DEFANGED_DOT})${LABEL})+)`,
  'gi',
);
const HOST_SEP = new RegExp(String.raw`${DEFANGED_DOT}|\.`, 'gi');
const LOOSE_SEP = /^\s(?:dot|\.)\s$/i;
const ALPHA_TLD = /^[a-z]{2,24}$/i;

/**
 * A refanged host, or undefined when the match is not a defanged host. Only its first and last
 * labels are looked at, so no list of labels is built (a host can be a 64 KiB run of "x[.]").
 */
function refangHost(host: string): string | undefined {
  work.refang += host.length;
  HOST_SEP.lastIndex = 0;
  let defanged = false;
  let loose = false;
  let firstEnd = -1;
  let last = 0;
  // where the label before the last starts, and the separator before the last: "x dot co dot za"
  // ends in a suffix of two labels ("co.za"; "za" alone is no suffix)
  let previous = 0;
  let lastSep = -1;
  for (let m = HOST_SEP.exec(host); m !== null; m = HOST_SEP.exec(host)) {
    if (firstEnd === -1) firstEnd = m.index;
    if (m[0] !== '.') {
      defanged = true;
      if (LOOSE_SEP.test(m[0])) loose = true;
    }
    previous = last;
    lastSep = m.index;
    last = m.index + m[0].length;
  }
  if (!defanged) return undefined;
  const tld = host.slice(last);
  if (!ALPHA_TLD.test(tld)) return undefined;
  const suffix = tld.toLowerCase();
  const known =
    knownSuffix(`x.${suffix}`) ||
    (previous > 0 && knownSuffix(`x.${host.slice(previous, lastSep).toLowerCase()}.${suffix}`));
  if (loose && (!known || PROSE_LABELS.has(host.slice(0, firstEnd).toLowerCase()))) return undefined;
  return host.replace(HOST_SEP, '.');
}

/** No refanged host: a memo's entry for a match that is not a defanged host. */
const NOT_A_HOST = '';

export function refang(input: string, st: State): string {
  REFANG.lastIndex = 0;
  let w: Out | null = null;
  let last = 0;
  // A host's refanging depends on the host alone: a text repeating one (hostile: hundreds of
  // "a[.]co") reads it once.
  let hosts: Map<string, string> | null = null;
  for (let m = REFANG.exec(input); m !== null; m = REFANG.exec(input)) {
    work.refang++;
    let out: string | undefined;
    if (m[1] !== undefined) {
      const canonical = `http${m[2]?.toLowerCase() ?? ''}://`;
      if (m[1].toLowerCase() !== canonical) out = canonical;
    } else if (m[3] !== undefined) {
      out = '@';
    } else if (m[4] !== undefined) {
      hosts ??= new Map();
      const known = hosts.get(m[4]);
      if (known === undefined) {
        out = refangHost(m[4]);
        hosts.set(m[4], out ?? NOT_A_HOST);
      } else {
        out = known === NOT_A_HOST ? undefined : known;
        work.refang += m[4].length;
      }
    }
    if (out === undefined) continue;
    w ??= new Out(input, st);
    w.copy(last, m.index);
    const start = w.length;
    w.put(out, m.index, m.index + m[0].length);
    st.refangs ??= [];
    st.refangs.push({ start, end: start + out.length, raw: m[0] });
    st.defanged++;
    last = m.index + m[0].length;
  }
  return w ? w.finish(last) : input;
}
