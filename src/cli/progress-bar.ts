/**
 * The ingest progress bar on stderr (cli-progress): files done of the total, the rate and the time
 * left. Drawn only on a terminal; elsewhere (a pipe, a log file, CI) it draws nothing at all.
 */
import { SingleBar } from 'cli-progress';

export interface ProgressBar {
  update(done: number, total: number): void;
  stop(): void;
}

const NONE: ProgressBar = { update() {}, stop() {} };

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return NONE;
  const started = Date.now();
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? (done / seconds).toFixed(1) : '–';
      if (!bar) {
        bar = new SingleBar({
          stream,
          format: 'ingest |{bar}| {value}/{total} files · {rate} files/s · ETA {eta_formatted}',
          barsize: 24,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        });
        bar.start(total, done, { rate });
      } else {
        bar.setTotal(total);
        bar.update(done, { rate });
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
