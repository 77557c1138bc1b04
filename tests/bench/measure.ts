// Timing helpers for the benchmark: the median of several runs, and the server's peak memory.

/** The median time of `run`; `before` (untimed) prepares each run. */
export async function medianMs(
  runs: number,
  run: () => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Samples this process's resident memory every 100 ms; the server runs in this process. */
export function trackPeakMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  timer.unref();
  return {
    peakMb: () => Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024),
    stop: () => clearInterval(timer),
  };
}
