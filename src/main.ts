/**
 * `npm start`: the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the terminal chat that
 * answers exactly as the bot will (on the store in DATA_DIR, or data/ built from seeds/).
 */
import { join, resolve } from 'node:path';
import { runBot } from './bot/run.ts';
import { runChat } from './cli/chat.ts';
import { DEFAULT_DATA_DIR, SEED_DIR } from './cli/paths.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { redact } from './config/redact.ts';
import { Engine } from './engine.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${redact(err.message)}\n`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
  const dataDir = process.env.DATA_DIR ? resolve(config.dataDir) : DEFAULT_DATA_DIR;
  const engine = await Engine.open({ dataDir, seedPaths: [SEED_DIR], ingestLimits: config.ingest });
  // articles another process ingests into the same data dir (the CLI) are answered within seconds
  engine.followWrites();
  if (!config.token) {
    await runChat(engine);
    return;
  }
  const handle = await runBot(engine, config, { bot: { stateDir: join(dataDir, 'bot') } });
  await handle.done;
}

main().catch((err: unknown) => {
  // a fatal error may carry what a server echoed back, the request path with the token in it
  process.stderr.write(`error: ${redact(err instanceof Error ? err.message : String(err))}\n`);
  process.exitCode = 1;
});
