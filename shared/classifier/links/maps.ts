/**
 * Link knowledge as data files (`shared/maps/`, copied beside the bundles like the rules): URL
 * shorteners and redirectors, content and notification platforms, abuse-prone top-level domains,
 * and the official domains of the most impersonated brands. One source of truth for the
 * normaliser, the link reader, the scan variables and the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from '../escape-regexp.ts';

export interface Brand {
  readonly id: string;
  /** Names that count when the text says them. */
  readonly names: readonly string[];
  /**
   * Names as host tokens ("royal mail" -> "royalmail"), look-alike folded (`lookalikeFold`), for
   * links made of the brand's name; a `long` one counts anywhere in a host, a short one only as a
   * whole part between dots and hyphens. An `anchored` long one (`^name` in the file: "^t-mobile")
   * counts only from a part's start ("boostmobile" is not T-Mobile).
   */
  readonly hostTokens: readonly {
    readonly token: string;
    readonly raw: string;
    readonly long: boolean;
    readonly anchored: boolean;
  }[];
  /** Official domains: a host equal to one or under it belongs to the brand. */
  readonly domains: ReadonlySet<string>;
}

/** Host tokens of at least this length count anywhere in a host. */
const LONG_TOKEN = 5;

/** Letters and digits that impersonate each other in host names, folded to one form. */
export function lookalikeFold(s: string): string {
  return s
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[01l]/g, (c) => (c === '0' ? 'o' : 'i'))
    .replace(/[3457]/g, (c) => ({ '3': 'e', '4': 'a', '5': 's', '7': 't' })[c] as string);
}

export interface LinkMaps {
  readonly redirectors: ReadonlySet<string>;
  readonly platforms: ReadonlySet<string>;
  readonly abuseTlds: ReadonlySet<string>;
  /** Country codes sold worldwide as generic names: a brand's bare name under one is not the brand's. */
  readonly resoldSuffixes: ReadonlySet<string>;
  readonly brands: readonly Brand[];
  /** Finds brand names in lower-cased text: group 1 is the name. */
  readonly brandNames: RegExp;
  readonly brandByName: ReadonlyMap<string, Brand>;
  /** Every brand's official domains, whichever brand: a link to one is the brand's own. */
  readonly brandDomains: ReadonlySet<string>;
  /** The brands' host tokens indexed, so a host is matched at a cost of its length, not of the brand count. */
  readonly hostTokenIndex: HostTokenIndex;
}

/**
 * The brands' host tokens, indexed: a short token by itself (it must be a whole part of the host),
 * a long one by its first `prefix` characters (it may start anywhere in the host). Finding the
 * brands a host is made of then costs one lookup per part and one per position of the host,
 * whatever the number of brands.
 */
export interface HostTokenIndex {
  readonly short: ReadonlyMap<string, readonly Brand[]>;
  readonly long: ReadonlyMap<
    string,
    readonly { readonly token: string; readonly anchored: boolean; readonly brand: Brand }[]
  >;
  /** Length of the keys of `long` (the shortest long token's). */
  readonly prefix: number;
}

export function hostTokenIndex(brands: readonly Brand[]): HostTokenIndex {
  const short = new Map<string, Brand[]>();
  const long = new Map<string, { token: string; anchored: boolean; brand: Brand }[]>();
  let prefix = Number.POSITIVE_INFINITY;
  for (const b of brands) for (const t of b.hostTokens) if (t.long) prefix = Math.min(prefix, t.token.length);
  if (!Number.isFinite(prefix)) prefix = 1;
  for (const b of brands) {
    for (const t of b.hostTokens) {
      if (t.long) {
        const key = t.token.slice(0, prefix);
        const list = long.get(key) ?? [];
        list.push({ token: t.token, anchored: t.anchored, brand: b });
        long.set(key, list);
      } else {
        const list = short.get(t.token) ?? [];
        if (!list.includes(b)) list.push(b);
        short.set(t.token, list);
      }
    }
  }
  return { short, long, prefix };
}

/** The non-comment, non-blank lines of a map file, trimmed. */
function entries(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function parseList(text: string): Set<string> {
  return new Set(entries(text).map((l) => l.toLowerCase()));
}

/**
 * `brand<TAB>names<TAB>domains`, names and domains comma-separated; `~name` counts only in a host;
 * `^name` counts in the text and, in a host, only from a part's start.
 */
export function parseBrands(text: string, file = 'brands.tsv'): Brand[] {
  const ids = new Set<string>();
  return entries(text).map((line) => {
    const cols = line.split('\t');
    if (cols.length !== 3) throw new Error(`${file}: expected brand<TAB>names<TAB>domains: ${line}`);
    const [id, names, domains] = cols as [string, string, string];
    // a second row of one brand would split its names and domains (each row its own mismatch)
    if (ids.has(id)) throw new Error(`${file}: brand ${id} listed twice`);
    ids.add(id);
    const all = names
      .split(',')
      .map((n) => n.trim().toLowerCase())
      .filter(Boolean);
    // "~name" is a common word: as a host token it must be a whole part ("apple-id.com", not "applebees.com")
    const tokens = new Map<string, { long: boolean; anchored: boolean }>();
    for (const n of all) {
      const anchored = n.startsWith('^');
      const t = n.replace(/^[~^]/, '').replace(/[\s.&+-]/g, '');
      if (!/^[a-z0-9]{2,}$/.test(t)) continue;
      const seen = tokens.get(t);
      tokens.set(t, {
        long: (seen?.long ?? false) || (!n.startsWith('~') && t.length >= LONG_TOKEN),
        anchored: (seen?.anchored ?? false) || anchored,
      });
    }
    return {
      id,
      names: all.filter((n) => !n.startsWith('~')).map((n) => n.replace(/^\^/, '')),
      hostTokens: [...tokens].map(([t, f]) => ({ token: lookalikeFold(t), raw: t, ...f })),
      domains: new Set(
        domains
          .split(',')
          .map((d) => d.trim().toLowerCase())
          .filter(Boolean),
      ),
    };
  });
}

export function linkMaps(files: {
  redirectors: string;
  platforms: string;
  abuseTlds: string;
  resoldSuffixes: string;
  brands: string;
}): LinkMaps {
  const brands = parseBrands(files.brands);
  const brandByName = new Map<string, Brand>();
  for (const b of brands) for (const n of b.names) if (!brandByName.has(n)) brandByName.set(n, b);
  // Longest names first, so "royal mail" wins over a shorter name inside it.
  const names = [...brandByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    redirectors: parseList(files.redirectors),
    platforms: parseList(files.platforms),
    abuseTlds: parseList(files.abuseTlds),
    resoldSuffixes: parseList(files.resoldSuffixes),
    brands,
    brandNames: new RegExp(`(?<![a-z0-9])(${names.join('|')})(?![a-z0-9])`, 'g'),
    brandByName,
    brandDomains: new Set(brands.flatMap((b) => [...b.domains])),
    hostTokenIndex: hostTokenIndex(brands),
  };
}

export function readLinkMaps(dir: string): LinkMaps {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return linkMaps({
    redirectors: read('redirectors.txt'),
    platforms: read('platforms.txt'),
    abuseTlds: read('abuse-tlds.txt'),
    resoldSuffixes: read('resold-suffixes.txt'),
    brands: read('brands.tsv'),
  });
}

/** The longest DNS name: a listed host is no longer. */
export const MAX_HOST = 253;

/**
 * A government's own domain: suffixes only a government can register (".gov", "gov.uk", "gob.es",
 * "gouv.fr", "go.jp", "gov.in", a Canadian province's "gouv.qc.ca" ...), and a national portal at the
 * suffix itself ("gov.br", "gob.mx"); not "go.to", a redirector. A link there is the state's, whoever names it.
 */
const GOVERNMENT =
  /(?:^|\.)(?:gov|mil)$|(?:^|\.)(?:gov|gouv|gob|govt|gv|mil)\.[a-z]{2}$|\.go\.(?!to$)[a-z]{2}$|\.(?:gov|gouv)\.(?:qc|on|bc|ab|mb|sk|ns|nl|nb|pe|yk|nt|nu)\.ca$|(?:^|\.)(?:gov\.uk|nhs\.uk|europa\.eu|canada\.ca|gc\.ca|quebec\.ca|ontario\.ca|admin\.ch|bund\.de)$/;

export function governmentHost(host: string): boolean {
  return GOVERNMENT.test(host);
}

/**
 * Whether `host` is one of `set`'s hosts or under one (`a.bit.ly` is under `bit.ly`). Only the
 * suffixes a listed host can be (at most MAX_HOST characters) are looked up, so a hostile host of
 * thousands of labels costs a bounded number of short lookups, not one per label of its length.
 */
export function hostIn(host: string, set: ReadonlySet<string>): boolean {
  return hostEntry(host, set) !== undefined;
}

/** The entry of `set` that `host` is or is under (the longest), if any. */
export function hostEntry(host: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(host)) return host;
  for (
    let i = host.indexOf('.', Math.max(0, host.length - MAX_HOST - 1));
    i >= 0;
    i = host.indexOf('.', i + 1)
  ) {
    const rest = host.slice(i + 1);
    if (set.has(rest)) return rest;
  }
  return undefined;
}
