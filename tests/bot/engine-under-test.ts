/**
 * The engine for end-to-end tests: the real `Engine` opened on a temp data dir with the
 * repo's seeds (`BOT_TESTS_FAKE_ENGINE=1` swaps in the fake, e.g. to debug the bot alone).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BotEngine } from '../../src/bot/engine.ts';
import { type ConversationContext, Engine } from '../../src/engine.ts';
import { FakeEngine } from './fake-engine.ts';

// Compile-time check: the real engine satisfies the bot's narrow interface.
const _satisfies: (e: Engine) => BotEngine = (e) => e;
void _satisfies;

export interface EngineUnderTest {
  engine: BotEngine;
  real: boolean;
  cleanup(): Promise<void>;
}

export async function openEngineUnderTest(): Promise<EngineUnderTest> {
  if (process.env.BOT_TESTS_FAKE_ENGINE === '1') {
    return { engine: new FakeEngine(), real: false, cleanup: async () => {} };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mttq-bot-e2e-'));
  const engine = await Engine.open({ dataDir, seedPaths: ['seeds'] });
  return { engine, real: true, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
}

export interface Recorded {
  question: string;
  given?: ConversationContext;
  returned: ConversationContext;
}

/** Wrap an engine to record the questions it is asked and the contexts passed around. */
export function recording(engine: BotEngine): BotEngine & { asks: string[]; log: Recorded[] } {
  const asks: string[] = [];
  const log: Recorded[] = [];
  return {
    asks,
    log,
    ask: (q, c) => {
      asks.push(q);
      const result = engine.ask(q, c);
      log.push({ question: q, ...(c ? { given: c } : {}), returned: result.context });
      return result;
    },
    ingestDocument: (d) => engine.ingestDocument(d),
    remove: (id) => engine.remove(id),
    findArticles: (q) => engine.findArticles(q),
    findClusters: (q) => engine.findClusters(q),
    archiveCounts: () => engine.archiveCounts(),
    stats: () => engine.stats(),
    ...(engine.citation ? { citation: (id: string, i: number) => engine.citation?.(id, i) } : {}),
  };
}
