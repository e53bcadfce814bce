/**
 * Spawning the CLI as `npm run cli` runs it (its precompiled build, node with the same flags) without
 * npm in between, asynchronously so that a test file can run several at once.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Close our end of stdout after this many bytes (a reader like `head` going away). */
  closeStdoutAfter?: number;
  timeoutMs?: number;
}

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', 'scripts/start.mjs', 'cli', ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (opts.closeStdoutAfter !== undefined && stdout.length >= opts.closeStdoutAfter)
        child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading all input
    child.stdin.end(opts.input ?? '');
  });
}
