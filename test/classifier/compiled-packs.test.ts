/**
 * Compiled packs kept between processes: written by one engine, read by the next instead of
 * compiling, refused (and compiled instead) when damaged or for other rules.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PackFolders } from '../../shared/classifier/compiled-packs.ts';
import { parseCorpus } from '../../shared/classifier/corpus.ts';
import type { RuleSource } from '../../shared/classifier/engine.ts';
import { createClassifier } from '../../shared/classifier/index.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';
import yarax, { type Binding } from '../../shared/classifier/yara-x-binding.ts';

const dir = mkdtempSync(join(tmpdir(), 'smsjunk-packs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const RULES: RuleSource[] = [
  {
    name: 'a.yar',
    source: `rule fee { meta: action = "junk" strings: $a = /\\bcustoms fee\\b/ condition: $a and url_count > 0 }\n`,
  },
];
const VARIABLES = { url_count: 0 };
const TEXT = new TextEncoder().encode('your parcel is held: pay the customs fee at x.top');

/** The addon, counting what each engine asks of it. */
function counted(): { binding: Binding; compiles: () => number; reads: () => number } {
  let compiles = 0;
  let reads = 0;
  const binding: Binding = {
    compile: (...args) => {
      compiles++;
      return yarax.compile(...args);
    },
    validate: (...args) => yarax.validate(...args),
    deserialize: (bytes) => {
      reads++;
      return yarax.deserialize(bytes);
    },
  };
  return { binding, compiles: () => compiles, reads: () => reads };
}

const hitsOf = (engine: YaraXEngine, rules = RULES) =>
  engine
    .compile(rules, VARIABLES)
    .scan(TEXT, { url_count: 1 })
    .map((h) => h.rule);

describe('compiled packs', () => {
  it('are written by a compile and read back by the next engine instead of compiling', () => {
    const first = counted();
    assert.deepEqual(hitsOf(new YaraXEngine({ binding: first.binding, packs: new PackFolders([], dir) })), [
      'fee',
    ]);
    assert.equal(first.compiles(), 1);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.yxc')).length, 1);

    const next = counted();
    assert.deepEqual(hitsOf(new YaraXEngine({ binding: next.binding, packs: new PackFolders([dir]) })), [
      'fee',
    ]);
    assert.equal(next.compiles(), 0);
    assert.equal(next.reads(), 1);
  });

  it('start every scan of a read-back pack from the declared defaults, as a compiled one does', () => {
    // the addon's read-back scanner keeps the variables of its last scan; the engine passes them back
    const rules = new YaraXEngine({ packs: new PackFolders([dir]) }).compile(RULES, VARIABLES);
    const fresh = new YaraXEngine().compile(RULES, VARIABLES);
    for (const r of [rules, fresh]) {
      assert.deepEqual(
        r.scan(TEXT, { url_count: 1 }).map((h) => h.rule),
        ['fee'],
      );
      assert.deepEqual(
        r.scan(TEXT, {}).map((h) => h.rule),
        [],
      );
      assert.deepEqual(
        r.scan(TEXT, { url_count: 0 }).map((h) => h.rule),
        [],
      );
      assert.deepEqual(
        r.scan(TEXT, { url_count: 2 }).map((h) => h.rule),
        ['fee'],
      );
    }
  });

  it('are not used for other rules or other variables: those are compiled', () => {
    const other: RuleSource[] = [
      { name: 'a.yar', source: RULES[0]?.source.replace('customs fee', 'customs duty') ?? '' },
    ];
    const engine = counted();
    new YaraXEngine({ binding: engine.binding, packs: new PackFolders([dir]) }).compile(other, VARIABLES);
    new YaraXEngine({ binding: engine.binding, packs: new PackFolders([dir]) }).compile(RULES, {
      ...VARIABLES,
      phone_count: 0,
    });
    assert.equal(engine.compiles(), 2);
    assert.equal(engine.reads(), 0);
  });

  it('are compiled again when the stored pack is damaged, with the same hits', () => {
    const file = readdirSync(dir).find((f) => f.endsWith('.yxc')) ?? '';
    const path = join(dir, file);
    const good = readFileSync(path);
    for (const damaged of [
      Buffer.from('not a pack at all'),
      // the header is right, the engine's bytes are not
      Buffer.concat([good.subarray(0, good.indexOf(10, 15) + 1), Buffer.from('garbage')]),
    ]) {
      writeFileSync(path, damaged);
      const engine = counted();
      assert.deepEqual(hitsOf(new YaraXEngine({ binding: engine.binding, packs: new PackFolders([dir]) })), [
        'fee',
      ]);
      assert.equal(engine.compiles(), 1);
    }
  });

  it('give the shipped pack the same hits read back as compiled, message after message', () => {
    const shipped = mkdtempSync(join(tmpdir(), 'smsjunk-packs-shipped-'));
    try {
      const compiled = createClassifier({ engine: new YaraXEngine({ packs: new PackFolders([], shipped) }) });
      const readBack = counted();
      const read = createClassifier({
        engine: new YaraXEngine({ binding: readBack.binding, packs: new PackFolders([shipped]) }),
      });
      assert.equal(readBack.compiles(), 0);
      assert.equal(readBack.reads(), 1);
      const traffic = new URL('../fixtures/traffic/', import.meta.url);
      let messages = 0;
      for (const f of ['scams.tsv', 'notifications.tsv', 'personal.tsv']) {
        for (const row of parseCorpus(readFileSync(new URL(f, traffic), 'utf8')).rows) {
          const input = { text: row.text, ...(row.sender ? { sender: row.sender } : {}) };
          assert.deepEqual(read.analyze(input).hits, compiled.analyze(input).hits, `${f}:${row.line}`);
          messages++;
        }
      }
      assert.ok(messages > 900, `${messages} messages`);
    } finally {
      rmSync(shipped, { recursive: true, force: true });
    }
  });
});
