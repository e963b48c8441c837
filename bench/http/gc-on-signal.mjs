// Preloaded by bench/hostile-load.mjs (node --expose-gc --import): on SIGUSR2 this process runs
// two full collections, so the heap /admin/status reports next is what is still reachable.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
});
