// Preloaded into the server process by the benchmark (`node --require bench/probe.cjs …`): samples
// the V8 heap every 100 ms and keeps the peak, so the benchmark can report heap figures without
// the server having to offer a request for them. Writes to the file named by VANBAN_BENCH_PROBE,
// never to stdout (that is the LSP channel). Costs one timer tick per 100 ms.
// CommonJS and --require on purpose: with --import, Node loads the server's main module through the
// ESM loader, which parses the whole CommonJS bundle for exports (~0.3 s of CPU) and would be
// charged to the server's start-up.
'use strict';
const fs = process.getBuiltinModule('node:fs');

const file = process.env.VANBAN_BENCH_PROBE;
if (file) {
  let peakHeapUsed = 0;
  let peakHeapTotal = 0;
  let peakExternal = 0;
  let last = '';
  const sample = () => {
    const m = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, m.heapUsed);
    peakHeapTotal = Math.max(peakHeapTotal, m.heapTotal);
    peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
    const text = JSON.stringify({ at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, peakHeapUsed, peakHeapTotal, peakExternal });
    if (text !== last) {
      fs.writeFileSync(file, text);
      last = text;
    }
  };
  setInterval(sample, 100).unref();
  process.on('exit', sample);
}
