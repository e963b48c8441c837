// Ad-hoc: per-message misses of K-fold CV on one corpus (what evaluate() does, keeping the rows).
import { readCorpus } from '../shared/classifier/corpus.ts';
import { createClassifier } from '../shared/classifier/index.ts';
import { assignFolds, templateKey } from '../shared/classifier/model/folds.ts';
import { trainModel } from '../shared/classifier/model/train.ts';
const [file, kArg, seedArg, ...opts] = process.argv.slice(2);
const k = Number(kArg ?? 10);
const extra = Object.fromEntries(opts.map((o) => o.split('=')).map(([a, b]) => [a, JSON.parse(b as string)]));
const rows = readCorpus(file as string).rows;
const c = createClassifier({ model: null });
const an = rows.map((r) => c.analyze({ text: r.text, sender: r.sender }));
const ex = an.map((a, i) => ({ input: a.modelInput, votes: a.votes, folder: rows[i]!.label.folder, group: process.env.RAWGROUP ? a.normalized.text.toLowerCase() : templateKey(a.normalized.text) }));
const folds = assignFolds(ex.map((e) => e.group), ex.map((e) => e.folder), k, Number(seedArg ?? 1));
let caught = 0, spam = 0, filtered = 0, ham = 0;
for (let f = 0; f < k; f++) {
  const m = c.withModel(trainModel(ex.filter((_, i) => folds[i] !== f), extra));
  an.forEach((a, i) => {
    if (folds[i] !== f) return;
    const v = m.decideAnalysis(a);
    const r = rows[i]!;
    if (r.unwanted) { spam++; if (v.action !== 'none' && v.action !== 'allow') caught++; else console.log('MISS', a.votes.map((x) => x.rule).join(','), '|', r.text.slice(0, 140)); }
    else { ham++; if (v.action !== 'none' && v.action !== 'allow') { filtered++; console.log('FP', v.action, a.votes.map((x) => x.rule).join(','), '|', r.text.slice(0, 140)); } }
  });
}
console.log(`caught ${caught}/${spam} ${(100 * caught / spam).toFixed(2)}% filtered ${filtered}/${ham}`);
