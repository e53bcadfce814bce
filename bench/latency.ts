/**
 * In-process answer latency: every question once to warm up, then five rounds, timed one by one —
 * in wall time, and in the process's CPU time (which a busy machine inflates much less).
 */
import { performance } from 'node:perf_hooks';

export interface Latency {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same percentiles in CPU time (user + system of the process). */
  p50CpuMs: number;
  p99CpuMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function latencies(questions: readonly string[], ask: (q: string) => unknown, rounds = 5): Latency {
  for (const q of questions) ask(q);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const c = process.cpuUsage();
      const s = performance.now();
      ask(q);
      times.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: times[times.length - 1] ?? 0,
    p50CpuMs: percentile(cpu, 50),
    p99CpuMs: percentile(cpu, 99),
  };
}
