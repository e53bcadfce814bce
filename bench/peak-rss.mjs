/**
 * Preloaded into a measured process (`node --import ./bench/peak-rss.mjs …`): at exit, writes the
 * process's peak resident set size in MB and the CPU time it used (user + system, every thread) in
 * ms, as JSON, to the file named by BENCH_PEAK_RSS_FILE. CPU time tells what a run costs when the
 * machine is shared: wall time grows with the load, CPU time much less.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ rssMb: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }),
    );
  });
