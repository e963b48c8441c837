// Preloaded by bench/http.mjs --profile (node --import): an event-loop delay histogram of this
// process (perf_hooks.monitorEventLoopDelay, 1 ms resolution), written to
// $LOOP_DELAY_DIR/loop-delay-<pid>.json when the process exits.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const h = monitorEventLoopDelay({ resolution: 1 });
h.enable();
process.on('exit', () => {
  h.disable();
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  const doc = {
    pid: process.pid,
    samples: h.count,
    minMs: ms(h.min),
    meanMs: ms(h.mean),
    p50Ms: ms(h.percentile(50)),
    p90Ms: ms(h.percentile(90)),
    p99Ms: ms(h.percentile(99)),
    p999Ms: ms(h.percentile(99.9)),
    maxMs: ms(h.max),
  };
  writeFileSync(
    join(process.env.LOOP_DELAY_DIR ?? '.', `loop-delay-${process.pid}.json`),
    `${JSON.stringify(doc)}\n`,
  );
});
