/**
 * The combination: how the text model's junk scores and the junk and allow rules add up to one
 * unwanted score, fitted like SpamAssassin's perceptron by regularised logistic regression on
 * held-out model scores and rule hits.
 *
 * - Each rule with at least `minRuleHits` training hits gets a learned weight, pulled towards its
 *   meta weight (its prior); rarer rules keep their prior and enter the fit as a fixed offset.
 *   A junk rule's weight stays >= 0 and an allow rule's <= 0 (a rule never argues for the other
 *   side). Transaction and promotion rules are not in the score at all.
 * - The fit applies the same floor inference does: once a junk rule fired, the text model's part
 *   counts no lower than `floor`.
 */
import type { Combination, LearnedRule, ModelScores } from '../score.ts';
import { priorWeight } from '../score.ts';
import type { Vote } from '../votes.ts';
import { round } from './train-text.ts';

export interface StackRow {
  /** The text model's scores from a model that did not see this row (null: no text model). */
  readonly model: ModelScores | null;
  readonly votes: readonly Vote[];
  readonly unwanted: boolean;
}

export interface CombinationOptions {
  /** Pull of each rule weight towards its meta weight (L2 on the difference; default 0.5). */
  readonly ruleL2?: number;
  /** Pull of the logistic score's weight towards 1 and the naive-Bayes score's towards 0 (default 0.01). */
  readonly modelL2?: number;
  /** Stored as `Combination.floor` and applied in the fit (absent: no floor). */
  readonly modelFloor?: number;
  /** Training hits a rule needs for a learned weight (default 10). */
  readonly minRuleHits?: number;
}

/** Solves A x = b in place (Gaussian elimination, partial pivoting); A is n x n row-major. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r * n + col] as number) > Math.abs(a[pivot * n + col] as number)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = a[col * n + c] as number;
        a[col * n + c] = a[pivot * n + c] as number;
        a[pivot * n + c] = t;
      }
      const t = b[col] as number;
      b[col] = b[pivot] as number;
      b[pivot] = t;
    }
    const d = a[col * n + col] as number;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const f = (a[r * n + col] as number) / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c] = (a[r * n + c] as number) - f * (a[col * n + c] as number);
      b[r] = (b[r] as number) - f * (b[col] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r] as number;
    for (let c = r + 1; c < n; c++) s -= (a[r * n + c] as number) * (x[c] as number);
    const d = a[r * n + r] as number;
    x[r] = Math.abs(d) < 1e-12 ? 0 : s / d;
  }
  return x;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Parameters: bias, logistic weight, naive-Bayes weight, then one per learned rule. */
const BIAS = 0;
const MODEL = 1;
const BAYES = 2;
const FIRST_RULE = 3;

/** One row as the fit sees it: learned rule columns, a fixed offset, and whether the floor applies. */
interface Design {
  readonly rules: Int32Array;
  readonly offset: number;
  readonly logistic: number;
  readonly bayes: number;
  readonly floored: boolean;
  readonly y: number;
}

/** The parameters to learn and each row's design (see the file comment). */
function design(rows: readonly StackRow[], minHits: number, ruleL2: number) {
  const hits = new Map<string, number>();
  for (const r of rows)
    for (const v of r.votes) if (priorWeight(v) !== 0) hits.set(v.rule, (hits.get(v.rule) ?? 0) + 1);
  const index = new Map<string, number>();
  const prior: number[] = [0, 1, 0];
  const sign: number[] = [0, 0, 0];
  const names: string[] = ['', '', ''];
  const ruleHits: number[] = [0, 0, 0];
  const l2: number[] = [1e-6, 0, 0];
  const designs: Design[] = rows.map((r) => {
    const cols: number[] = [];
    let offset = 0;
    let floored = false;
    for (const v of r.votes) {
      const p = priorWeight(v);
      if (p === 0) continue;
      if (v.action === 'junk') floored = true;
      const n = hits.get(v.rule) as number;
      if (n < minHits) {
        offset += p;
        continue;
      }
      let j = index.get(v.rule);
      if (j === undefined) {
        j = prior.length;
        index.set(v.rule, j);
        prior.push(p);
        sign.push(p > 0 ? 1 : -1);
        names.push(v.rule);
        ruleHits.push(n);
        l2.push(ruleL2);
      }
      cols.push(j);
    }
    return {
      rules: Int32Array.from(cols),
      offset,
      logistic: r.model?.logistic ?? 0,
      bayes: r.model?.bayes ?? 0,
      floored,
      y: r.unwanted ? 1 : 0,
    };
  });
  return { designs, prior, sign, names, ruleHits, l2 };
}

export function fitCombination(rows: readonly StackRow[], options: CombinationOptions = {}): Combination {
  const ruleL2 = options.ruleL2 ?? 0.5;
  const modelL2 = options.modelL2 ?? 0.01;
  const floor = options.modelFloor;
  const hasModel = rows.some((r) => r.model !== null);
  const d = design(rows, options.minRuleHits ?? 10, ruleL2);
  const { designs, prior, sign } = d;
  const l2 = d.l2;
  l2[MODEL] = hasModel ? modelL2 : 1e6;
  l2[BAYES] = hasModel ? modelL2 : 1e6;
  const n = prior.length;
  const theta = Float64Array.from(prior);
  theta[BIAS] = 0;
  const fixed = new Uint8Array(n);

  /** z of a row, and whether its model part sits at the floor (then it has no slope in a, b). */
  const zOf = (t: Float64Array, x: Design): { z: number; atFloor: boolean } => {
    let part = (t[MODEL] as number) * x.logistic + (t[BAYES] as number) * x.bayes;
    let atFloor = false;
    if (floor !== undefined && x.floored && part < floor) {
      part = floor;
      atFloor = true;
    }
    let z = (t[BIAS] as number) + part + x.offset;
    for (const j of x.rules) z += t[j] as number;
    return { z, atFloor };
  };
  const objective = (t: Float64Array): number => {
    let loss = 0;
    for (const x of designs) {
      const { z } = zOf(t, x);
      const m = x.y ? -z : z;
      loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }
    for (let j = 0; j < n; j++) loss += (l2[j] as number) * ((t[j] as number) - (prior[j] as number)) ** 2;
    return loss;
  };
  const cols: number[] = [];
  const vals: number[] = [];
  for (let round = 0; round < n + 1; round++) {
    for (let iter = 0; iter < 50; iter++) {
      const grad = new Float64Array(n);
      const hess = new Float64Array(n * n);
      for (const x of designs) {
        const { z, atFloor } = zOf(theta, x);
        const p = sigmoid(z);
        const g = p - x.y;
        const h = Math.max(p * (1 - p), 1e-9);
        cols.length = 0;
        vals.length = 0;
        cols.push(BIAS);
        vals.push(1);
        if (!atFloor) {
          cols.push(MODEL, BAYES);
          vals.push(x.logistic, x.bayes);
        }
        for (const j of x.rules) {
          cols.push(j);
          vals.push(1);
        }
        for (let a = 0; a < cols.length; a++) {
          const ca = cols[a] as number;
          const va = vals[a] as number;
          grad[ca] = (grad[ca] as number) + g * va;
          for (let b = 0; b < cols.length; b++) {
            const cb = cols[b] as number;
            hess[ca * n + cb] = (hess[ca * n + cb] as number) + h * va * (vals[b] as number);
          }
        }
      }
      for (let j = 0; j < n; j++) {
        grad[j] = (grad[j] as number) + 2 * (l2[j] as number) * ((theta[j] as number) - (prior[j] as number));
        hess[j * n + j] = (hess[j * n + j] as number) + 2 * (l2[j] as number);
      }
      for (let j = 0; j < n; j++) {
        if (!fixed[j]) continue;
        grad[j] = 0;
        for (let c = 0; c < n; c++) {
          hess[j * n + c] = 0;
          hess[c * n + j] = 0;
        }
        hess[j * n + j] = 1;
      }
      const step = solve(hess, grad, n);
      const before = objective(theta);
      let scale = 1;
      let next = theta;
      for (let tries = 0; tries < 30; tries++) {
        next = theta.map((t, j) => t - scale * (step[j] as number));
        if (objective(next) <= before + 1e-12) break;
        scale /= 2;
      }
      let moved = 0;
      for (let j = 0; j < n; j++)
        moved = Math.max(moved, Math.abs((next[j] as number) - (theta[j] as number)));
      theta.set(next);
      if (moved < 1e-7) break;
    }
    // Active set: pin a rule that argues for the other side at 0 and refit.
    let pinned = false;
    for (let j = FIRST_RULE; j < n; j++) {
      const s = sign[j] as number;
      if (!fixed[j] && (theta[j] as number) * s < 0) {
        theta[j] = 0;
        fixed[j] = 1;
        pinned = true;
      }
    }
    if (!pinned) break;
  }
  const rules: Record<string, LearnedRule> = {};
  for (let j = FIRST_RULE; j < n; j++) {
    rules[d.names[j] as string] = {
      weight: round(theta[j] as number, 4),
      prior: prior[j] as number,
      hits: d.ruleHits[j] as number,
    };
  }
  return {
    bias: round(theta[BIAS] as number, 4),
    model: hasModel ? round(theta[MODEL] as number, 4) : 1,
    bayes: hasModel ? round(theta[BAYES] as number, 4) : 0,
    rules,
    ...(floor === undefined ? {} : { floor }),
  };
}
