// Loaded with `node --import` into a process the bench measures: samples its memory every 20 ms and,
// as it exits, writes its peaks and CPU time to the file QL_MEMORY_PROBE names. Peak RSS (the kernel's
// count, everything the process holds) is the figure; the samples say how much was JS heap, external
// memory and ArrayBuffers (fetched bodies, decoders), which the heap alone leaves out.
import { writeFileSync } from 'node:fs';

const peak = { heapUsed: 0, external: 0, arrayBuffers: 0, rss: 0 };
const sample = () => {
  const now = process.memoryUsage();
  for (const key of /** @type {(keyof typeof peak)[]} */ (Object.keys(peak))) peak[key] = Math.max(peak[key], now[key]);
};
setInterval(sample, 20).unref();

process.on('exit', () => {
  sample();
  const usage = process.resourceUsage();
  const file = process.env.QL_MEMORY_PROBE;
  // maxRSS is in kilobytes; CPU times in microseconds.
  const report = { ...peak, maxRss: usage.maxRSS * 1024, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
  if (file) writeFileSync(file, JSON.stringify(report));
});
