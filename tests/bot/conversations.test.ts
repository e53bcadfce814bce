/**
 * Groups are conversations: a reply to one of the bot's answers continues that answer's question, whoever
 * writes it, and survives a restart; replies that are no question are not answered in groups; greetings
 * get the introduction; a bare mention says how to ask; non-text messages in private get one line.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/bot/conversations.ts';
import { strings } from '../../src/bot/i18n.ts';
import { EXAMPLE_QUESTIONS } from '../../src/present/words.ts';
import { ADMIN, BOT_INFO, GROUP, makeHarness, messageUpdate, USER } from './harness.ts';

const vi = strings('vi');
const MEMBER_B = { id: 555, is_bot: false, first_name: 'Bình', language_code: 'vi' };
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const inGroup = (text: string, extra: Parameters<typeof messageUpdate>[0] = {}) =>
  messageUpdate({ text, chat: GROUP, ...extra });
/** A reply to the bot's message `id` in the group. */
const replyTo = (id: number, text: string, from = USER) =>
  inGroup(text, { from, reply_to_message: { message_id: id, date: 0, chat: GROUP, from: BOT_INFO } });

describe('reply threads', () => {
  it('a reply to an answer continues that answer’s question, whoever replies', async () => {
    const h = makeHarness();
    await h.send(inGroup('/hoi ai là cụm trưởng năm 2024?'));
    await h.send(inGroup('/hoi cụm Nam Sông Hậu gồm tỉnh nào'));
    // the answers were sent as messages 5000 and 5001 (see the harness)
    await h.send(replyTo(5000, 'còn năm 2023?', MEMBER_B));
    expect(h.engine.asks[2]!.context).toEqual({ previous: 'leader' });
    expect(h.messages()[2]!.text).toContain('Phú Thọ');
    // the first member too: the thread wins over her own last question (the members one)
    await h.send(replyTo(5000, 'còn năm 2023?'));
    expect(h.engine.asks[3]!.context).toEqual({ previous: 'leader' });
    // without replying, a member's follow-up falls back to her own last question
    await h.send(inGroup('/hoi còn năm 2023?', { from: MEMBER_B }));
    expect(h.engine.asks[4]!.context).toEqual({ previous: 'leader' });
    await h.send(inGroup('/hoi còn năm 2023?', { from: { ...MEMBER_B, id: 556 } }));
    expect(h.engine.asks[5]!.context).toBeUndefined();
  });

  it('threads survive a restart of the bot (kept in the data directory)', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'mttq-bot-state-'));
    dirs.push(stateDir);
    const before = makeHarness({ stateDir });
    await before.send(inGroup('/hoi ai là cụm trưởng năm 2024?'));
    await written(join(stateDir, 'conversations.json'));
    const after = makeHarness({ stateDir });
    await after.send(replyTo(5000, 'còn năm 2023?', MEMBER_B));
    expect(after.engine.asks[0]!.context).toEqual({ previous: 'leader' });
  });
});

describe('the conversation store', () => {
  it('is bounded: the least recently used contexts go first', () => {
    const store = new ConversationStore({ maxEntries: 3, personTtlMs: 60_000, threadTtlMs: 60_000 });
    for (let i = 1; i <= 4; i++) store.remember(1, undefined, [i], { previous: i });
    expect(store.ofMessage(1, 1)).toBeUndefined();
    expect(store.ofMessage(1, 4)).toEqual({ previous: 4 });
  });

  it('expires a person’s context sooner than a thread’s, and reads a damaged file as empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mttq-conv-'));
    dirs.push(dir);
    const file = join(dir, 'conversations.json');
    const store = new ConversationStore({ maxEntries: 10, personTtlMs: 1, threadTtlMs: 60_000, file });
    store.remember(1, 7, [10], { previous: 'x' });
    await store.flush();
    await new Promise((r) => setTimeout(r, 5));
    const reopened = new ConversationStore({ maxEntries: 10, personTtlMs: 1, threadTtlMs: 60_000, file });
    expect(reopened.ofPerson(1, 7)).toBeUndefined();
    expect(reopened.ofMessage(1, 10)).toEqual({ previous: 'x' });
    writeFileSync(file, '{ not json');
    const errors: unknown[] = [];
    const damaged = new ConversationStore({
      maxEntries: 10,
      personTtlMs: 1,
      threadTtlMs: 1,
      file,
      onError: (e) => errors.push(e),
    });
    expect(damaged.ofMessage(1, 10)).toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('messages that are no question', () => {
  it('a reply to the bot that only thanks it gets no answer in a group', async () => {
    const h = makeHarness();
    for (const t of ['cảm ơn bot nhé 👍', 'ok', '👍']) await h.send(replyTo(5000, t, MEMBER_B));
    expect(h.calls).toEqual([]);
    expect(h.engine.asks).toEqual([]);
  });

  it('and a short friendly line in private', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'cảm ơn bot nhé 👍' }));
    await h.send(messageUpdate({ text: 'thanks!' }));
    expect(h.messages().map((m) => m.text)).toEqual([vi.thanks, strings('en').thanks]);
    expect(h.engine.asks).toEqual([]);
  });

  it('greetings get the introduction with example questions, not "not found"', async () => {
    const h = makeHarness();
    await h.send(messageUpdate({ text: 'xin chào' }));
    await h.send(inGroup(`@${BOT_INFO.username} hello`));
    const [vn, en] = h.messages();
    expect(vn!.text).toContain(vi.intro);
    expect(en!.text).toContain(strings('en').intro);
    for (const m of [vn!, en!])
      expect(m.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual(
        EXAMPLE_QUESTIONS,
      );
    expect(h.engine.asks).toEqual([]);
  });

  it('a bare mention says how to ask, without talk of commands', async () => {
    const h = makeHarness();
    await h.send(inGroup(`@${BOT_INFO.username}`));
    const [m] = h.messages();
    expect(m!.text).toBe(vi.howToAsk(BOT_INFO.username));
    expect(m!.text).toContain(`@${BOT_INFO.username} `);
    expect(m!.text.toLowerCase()).not.toContain('lệnh');
    expect(h.engine.asks).toEqual([]);
  });
});

describe('messages that are not text', () => {
  const media = {
    photo: { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] },
    voice: { voice: { file_id: 'v', file_unique_id: 'v', duration: 2 } },
    sticker: {
      sticker: {
        file_id: 's',
        file_unique_id: 's',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    },
  };

  it('a photo, a voice note or a sticker in private gets one line; in a group, nothing', async () => {
    const h = makeHarness();
    for (const extra of Object.values(media)) await h.send(withMedia(messageUpdate({}), extra));
    expect(h.messages().map((m) => m.text)).toEqual([vi.textOnly, vi.textOnly, vi.textOnly]);
    h.clear();
    for (const extra of Object.values(media)) await h.send(withMedia(messageUpdate({ chat: GROUP }), extra));
    expect(h.calls).toEqual([]);
  });

  it('a document without the /them caption: a hint for an admin, the one line for anyone else', async () => {
    const h = makeHarness();
    const document = { file_id: 'F', file_unique_id: 'U', file_name: 'bai.txt', file_size: 10 };
    await h.send(messageUpdate({ from: ADMIN, document }));
    await h.send(messageUpdate({ document }));
    expect(h.messages().map((m) => m.text)).toEqual([vi.documentHint, vi.textOnly]);
    expect(h.methods()).not.toContain('getFile');
    expect(h.engine.ingested).toEqual([]);
  });
});

function withMedia(update: ReturnType<typeof messageUpdate>, extra: Record<string, unknown>) {
  Object.assign((update as unknown as { message: Record<string, unknown> }).message, extra);
  return update;
}

/** Waits (briefly) until the bot has written its state file. */
async function written(file: string): Promise<void> {
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 10));
  expect(existsSync(file)).toBe(true);
}
