/**
 * `.dockerignore` matching as Docker (moby's patternmatcher) does it: one pattern a line, `#`
 * comments, `!` exceptions; a pattern is cleaned (leading `/`, `./` and a trailing `/` dropped)
 * and matched with Go's filepath.Match plus `**`; it matches a path when it matches the path or
 * any parent folder of it; the last matching line decides.
 */

interface Pattern {
  readonly source: string;
  readonly exclusion: boolean;
  readonly regex: RegExp;
}

function clean(pattern: string): string {
  const parts: string[] = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A cleaned pattern to an anchored regular expression. */
function toRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new Error(`unterminated [ in .dockerignore pattern ${pattern}`);
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^')) cls = `^${cls.slice(1)}`;
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) {
      re += escapeRegex(pattern[++i] as string);
    } else {
      re += escapeRegex(c);
    }
  }
  return new RegExp(`^${re}$`);
}

export class DockerIgnore {
  readonly patterns: readonly Pattern[];

  constructor(text: string) {
    const patterns: Pattern[] = [];
    for (const line of text.split('\n')) {
      let p = line.trim();
      if (p === '' || p.startsWith('#')) continue;
      const exclusion = p.startsWith('!');
      if (exclusion) p = p.slice(1).trim();
      p = clean(p);
      if (p === '') throw new Error(`an empty .dockerignore pattern: ${line}`);
      patterns.push({ source: line.trim(), exclusion, regex: toRegex(p) });
    }
    this.patterns = patterns;
  }

  /** Whether a context-relative, `/`-separated path is left out of the build context. */
  excludes(path: string): boolean {
    const parts = clean(path).split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const p of this.patterns) {
      if (candidates.some((c) => p.regex.test(c))) excluded = !p.exclusion;
    }
    return excluded;
  }
}
