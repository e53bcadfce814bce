/**
 * Preloaded into a measured process (`node --import ./bench/peak-rss.mjs …`): at exit, writes the
 * process's peak resident set size in MB to the file named by BENCH_PEAK_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
