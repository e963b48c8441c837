/**
 * A checker for the parts of `terraform fmt` style that can be checked line by line, following
 * hclwrite's own rules (format.go):
 *   - indentation: two spaces per open bracket level; a line that opens brackets indents the
 *     lines after it by one level, a line that closes them dedents itself;
 *   - alignment: consecutive lines that each hold a whole `name = value` assignment (brackets
 *     balanced after the `=`) form a chain, and every `=` of a chain sits one column after the
 *     longest name; a blank line, a comment line or a line opening a multi-line value ends the
 *     chain; an assignment opening a multi-line value has one space before its `=`;
 *   - one space after `=`, no tabs, no trailing spaces, one newline at the end of the file.
 * String contents, comments and heredoc bodies are masked out before any of this is looked at.
 */

export interface FormatProblem {
  readonly line: number;
  readonly message: string;
}

interface MaskedLine {
  /** The line with string contents replaced by `x` and comments removed (right-trimmed). */
  readonly code: string;
  /** The original line. */
  readonly raw: string;
  /** Inside a heredoc or a block comment: not checked. */
  readonly skip: boolean;
  /** Only a comment (or the start of a block comment) on this line. */
  readonly commentOnly: boolean;
}

type Mode = { kind: 'code'; depth: number } | { kind: 'string' };

/** Masks strings, template interpolations, comments and heredoc bodies, line by line. */
export function maskHcl(text: string): MaskedLine[] {
  const rawLines = text.split('\n');
  if (rawLines.at(-1) === '') rawLines.pop();
  const out: MaskedLine[] = [];
  // The stack: the bottom is top-level code; strings push 'string', `${` inside a string pushes code.
  const stack: Mode[] = [{ kind: 'code', depth: 0 }];
  let heredoc: string | null = null;
  let blockComment = false;
  for (const raw of rawLines) {
    if (heredoc !== null) {
      if (raw.trim() === heredoc) heredoc = null;
      out.push({ code: '', raw, skip: true, commentOnly: false });
      continue;
    }
    let code = '';
    let sawCode = false;
    let sawComment = blockComment;
    const startedInComment = blockComment;
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i] as string;
      const next = raw[i + 1];
      const mode = stack.at(-1) as Mode;
      if (blockComment) {
        if (c === '*' && next === '/') {
          blockComment = false;
          i++;
        }
        continue;
      }
      if (mode.kind === 'string') {
        if (c === '\\') {
          code += 'xx';
          i++;
        } else if ((c === '$' || c === '%') && next === '{') {
          stack.push({ kind: 'code', depth: 0 });
          code += 'xx';
          i++;
        } else if ((c === '$' || c === '%') && next === c && raw[i + 2] === '{') {
          code += 'xxx';
          i += 2;
        } else if (c === '"') {
          stack.pop();
          code += '"';
        } else {
          code += 'x';
        }
        continue;
      }
      // Code: top level (stack length 1) or inside an interpolation.
      const interp = stack.length > 1;
      if (c === '#' || (c === '/' && next === '/')) {
        sawComment = true;
        break;
      }
      if (c === '/' && next === '*') {
        sawComment = true;
        blockComment = true;
        i++;
        continue;
      }
      if (c === '"') {
        stack.push({ kind: 'string' });
        code += interp ? 'x' : '"';
        continue;
      }
      if (!interp && c === '<' && next === '<') {
        const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\s*$/.exec(raw.slice(i));
        if (m?.[1]) {
          heredoc = m[1];
          code += 'HEREDOC';
          sawCode = true;
          break;
        }
      }
      if (interp) {
        if (c === '{') mode.depth++;
        else if (c === '}') {
          if (mode.depth === 0) {
            stack.pop();
            code += 'x';
            continue;
          }
          mode.depth--;
        }
        code += 'x';
        continue;
      }
      if (!/\s/.test(c)) sawCode = true;
      code += c;
    }
    if (stack.length > 1) {
      // An unterminated string: HCL quoted strings are single-line; mask the rest and recover.
      stack.length = 1;
    }
    out.push({
      code: code.trimEnd(),
      raw,
      skip: startedInComment && !sawCode,
      commentOnly: !sawCode && sawComment,
    });
  }
  return out;
}

function bracketChange(code: string): number {
  let n = 0;
  for (const c of code) {
    if (c === '{' || c === '[' || c === '(') n++;
    else if (c === '}' || c === ']' || c === ')') n--;
  }
  return n;
}

/** Index of the assignment `=` (not `==`, `!=`, `<=`, `>=`, `=>`) after the first character, or -1. */
function assignIndex(code: string): number {
  for (let i = 1; i < code.length; i++) {
    if (code[i] !== '=') continue;
    const before = code[i - 1];
    const after = code[i + 1];
    if (
      after === '=' ||
      after === '>' ||
      before === '=' ||
      before === '!' ||
      before === '<' ||
      before === '>'
    ) {
      continue;
    }
    return i;
  }
  return -1;
}

export function checkHclFormat(text: string): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const report = (line: number, message: string) => problems.push({ line, message });

  if (text.length > 0 && !text.endsWith('\n'))
    report(text.split('\n').length, 'no newline at the end of the file');
  if (text.endsWith('\n\n')) report(text.split('\n').length - 1, 'blank lines at the end of the file');

  const lines = maskHcl(text);
  const indents: number[] = [];
  // The current alignment chain: [line index, lead width, '=' column].
  let chain: { index: number; lead: number; eq: number }[] = [];
  const closeChain = () => {
    if (chain.length > 0) {
      const want = Math.max(...chain.map((c) => c.lead)) + 1;
      for (const c of chain) {
        if (c.eq !== want) {
          report(
            c.index + 1,
            `"=" at column ${c.eq + 1}, expected column ${want + 1} (aligned with its neighbours)`,
          );
        }
      }
    }
    chain = [];
  };

  lines.forEach((l, index) => {
    const n = index + 1;
    if (/\t/.test(l.raw)) report(n, 'tab character');
    if (/[ \t]+$/.test(l.raw)) report(n, 'trailing whitespace');
    if (l.skip) return;
    if (l.raw.trim() === '' || l.commentOnly || l.code.trim() === '') {
      closeChain();
      if (l.commentOnly) checkIndent(l, n, 2 * indents.length);
      return;
    }

    const code = l.code;
    const net = bracketChange(code);
    let want: number;
    if (net > 0) {
      want = 2 * indents.length;
      indents.push(net);
    } else if (net < 0) {
      let closed = -net;
      while (closed > 0 && indents.length > 0) {
        const top = indents.at(-1) as number;
        if (closed >= top) {
          closed -= top;
          indents.pop();
        } else {
          indents[indents.length - 1] = top - closed;
          closed = 0;
        }
      }
      want = 2 * indents.length;
    } else if (/^\s*[}\])]/.test(code) && indents.length > 0) {
      want = 2 * (indents.length - 1);
    } else {
      want = 2 * indents.length;
    }
    checkIndent(l, n, want);

    const eq = assignIndex(code);
    if (eq < 0) {
      closeChain();
      return;
    }
    if (code[eq + 1] !== undefined && code[eq + 1] !== ' ') report(n, 'no space after "="');
    if (code[eq + 2] === ' ') report(n, 'more than one space after "="');
    const lead = code.slice(0, eq).trimEnd().length;
    if (bracketChange(code.slice(eq)) !== 0) {
      // The value spans lines (or the line is part of one): no chain, one space before "=".
      closeChain();
      if (eq !== lead + 1)
        report(n, `"=" outside an alignment chain (its value spans lines) should have one space before it`);
      return;
    }
    chain.push({ index, lead, eq });
  });
  closeChain();
  return problems.sort((a, b) => a.line - b.line);

  function checkIndent(l: MaskedLine, n: number, want: number) {
    const have = /^ */.exec(l.raw)?.[0].length ?? 0;
    if (have !== want) report(n, `indented ${have} spaces, expected ${want}`);
  }
}
