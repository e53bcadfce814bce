/**
 * Driving the bot in-process: an API transformer captures outgoing calls and fakes Telegram's
 * responses; updates are crafted and fed to `bot.handleUpdate`.
 */
import type { Update, UserFromGetMe } from 'grammy/types';
import { expect } from 'vitest';
import { type CreateBotOptions, createBot } from '../../src/bot/bot.ts';
import type { BotEngine } from '../../src/bot/engine.ts';
import { MAX_MESSAGE_LENGTH } from '../../src/bot/html.ts';
import { FakeEngine } from './fake-engine.ts';

export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'MTTQ hỏi đáp',
  username: 'mttq_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export const PRIVATE = { id: 100, type: 'private' as const, first_name: 'Lan' };
export const GROUP = { id: -1001, type: 'supergroup' as const, title: 'Cụm thi đua' };
export const USER = { id: 100, is_bot: false, first_name: 'Lan', language_code: 'vi' };
export const ADMIN = { id: 7, is_bot: false, first_name: 'Admin', language_code: 'vi' };

let updateId = 1;
let incomingId = 1;

export interface MessageSpec {
  text?: string;
  chat?: { id: number; type: 'private' | 'group' | 'supergroup'; title?: string; first_name?: string };
  from?: { id: number; is_bot: boolean; first_name: string; language_code?: string; username?: string };
  reply_to_message?: Record<string, unknown>;
  document?: Record<string, unknown>;
  caption?: string;
  message_id?: number;
}

/** Entities as Telegram computes them: a leading /command and @mentions. */
export function entitiesOf(text: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const cmd = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (cmd) out.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,}/g)) {
    if (m.index === 0 && cmd) continue;
    if (cmd && m.index! < cmd[0].length) continue;
    out.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return out;
}

export function messageUpdate(spec: MessageSpec): Update {
  const message: Record<string, unknown> = {
    message_id: spec.message_id ?? incomingId++,
    date: Math.floor(Date.now() / 1000),
    chat: spec.chat ?? PRIVATE,
    from: spec.from ?? USER,
  };
  if (spec.text !== undefined) {
    message.text = spec.text;
    const entities = entitiesOf(spec.text);
    if (entities.length > 0) message.entities = entities;
  }
  if (spec.caption !== undefined) {
    message.caption = spec.caption;
    const entities = entitiesOf(spec.caption);
    if (entities.length > 0) message.caption_entities = entities;
  }
  if (spec.document) message.document = spec.document;
  if (spec.reply_to_message) message.reply_to_message = spec.reply_to_message;
  return { update_id: updateId++, message } as unknown as Update;
}

export function callbackUpdate(
  data: string,
  opts: { from?: MessageSpec['from']; chat?: MessageSpec['chat']; messageId?: number } = {},
): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb${updateId}`,
      from: opts.from ?? USER,
      chat_instance: 'ci',
      data,
      message: {
        message_id: opts.messageId ?? 9999,
        date: Math.floor(Date.now() / 1000),
        chat: opts.chat ?? PRIVATE,
        from: BOT_INFO,
        text: 'answer',
      },
    },
  } as unknown as Update;
}

export function inlineUpdate(query: string, from: MessageSpec['from'] = USER): Update {
  return {
    update_id: updateId++,
    inline_query: { id: `iq${updateId}`, from, query, offset: '' },
  } as unknown as Update;
}

export interface Harness<E extends BotEngine = FakeEngine> {
  bot: ReturnType<typeof createBot>;
  engine: E;
  calls: ApiCall[];
  send(update: Update): Promise<void>;
  /** Outgoing sendMessage payloads since the last `clear()`. */
  messages(): Array<Record<string, any>>;
  methods(): string[];
  clear(): void;
}

export function makeHarness<E extends BotEngine = FakeEngine>(
  opts: Partial<CreateBotOptions> & { engine?: E } = {},
): Harness<E> {
  const engine = (opts.engine ?? new FakeEngine()) as E;
  const bot = createBot(engine, {
    token: '123456:TEST-token-abcdef',
    botInfo: BOT_INFO,
    adminIds: [ADMIN.id],
    ...opts,
  });
  const calls: ApiCall[] = [];
  let outgoingId = 5000;
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, any> });
    let result: unknown = true;
    const p = payload as Record<string, any>;
    if (method === 'sendMessage') {
      result = {
        message_id: outgoingId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: p.chat_id, type: 'private' },
        from: BOT_INFO,
        text: p.text,
      };
    } else if (method === 'getFile') {
      result = { file_id: p.file_id, file_unique_id: 'u', file_size: 100, file_path: 'documents/file_1.md' };
    }
    return { ok: true, result } as any;
  });
  return {
    bot,
    engine,
    calls,
    send: (u) => bot.handleUpdate(u),
    messages: () => calls.filter((c) => c.method === 'sendMessage').map((c) => c.payload),
    methods: () => calls.map((c) => c.method),
    clear: () => {
      calls.length = 0;
    },
  };
}

const ALLOWED_TAGS = new Set(['b', 'i', 'code', 'a', 'blockquote', 'u', 's', 'pre']);

/** Every tag is an allowed one and tags are balanced on every line. */
export function expectSafeHtml(html: string): void {
  expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  for (const line of html.split('\n')) {
    const stack: string[] = [];
    for (const m of line.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
      const [, close, tag] = m;
      expect(ALLOWED_TAGS.has(tag!), `unexpected tag <${tag}> in ${line}`).toBe(true);
      if (close) expect(stack.pop(), `unbalanced </${tag}> in ${line}`).toBe(tag);
      else stack.push(tag!);
    }
    expect(stack, `unclosed tags in ${line}`).toEqual([]);
    // No stray ampersands: every & starts an entity.
    expect(/&(?!(amp|lt|gt|quot);)/.test(line.replace(/<a href="[^"]*">/g, '')), `raw & in ${line}`).toBe(
      false,
    );
  }
}
