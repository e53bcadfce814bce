import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { questionOf } from '../../src/bot/addressing.ts';
import { BOT_INFO, entitiesOf, GROUP, PRIVATE, USER } from './harness.ts';

function msg(text: string, extra: Record<string, unknown> = {}): Message {
  return {
    message_id: 1,
    date: 0,
    chat: GROUP,
    from: USER,
    text,
    entities: entitiesOf(text),
    ...extra,
  } as unknown as Message;
}

describe('questionOf', () => {
  it('private: any non-command text', () => {
    expect(questionOf(msg('  ai là   cụm trưởng? ', { chat: PRIVATE }), BOT_INFO)).toBe('ai là cụm trưởng?');
    expect(questionOf(msg('/start', { chat: PRIVATE }), BOT_INFO)).toBeUndefined();
  });

  it('groups: mentions are stripped, wherever they are', () => {
    expect(questionOf(msg('@mttq_test_bot ai là cụm trưởng?'), BOT_INFO)).toBe('ai là cụm trưởng?');
    expect(questionOf(msg('@MTTQ_Test_Bot: cụm nào?'), BOT_INFO)).toBe('cụm nào?');
    expect(questionOf(msg('cho hỏi @mttq_test_bot cụm nào?'), BOT_INFO)).toBe('cho hỏi cụm nào?');
    expect(questionOf(msg('@someone_else cụm nào?'), BOT_INFO)).toBeUndefined();
    expect(questionOf(msg('cụm nào?'), BOT_INFO)).toBeUndefined();
  });

  it('groups: text_mention of the bot and replies to the bot', () => {
    const tm = msg('Bot ơi cụm nào?', {
      entities: [{ type: 'text_mention', offset: 0, length: 6, user: BOT_INFO }],
    });
    expect(questionOf(tm, BOT_INFO)).toBe('cụm nào?');
    const reply = msg('còn năm 2023?', {
      reply_to_message: { message_id: 2, date: 0, chat: GROUP, from: BOT_INFO },
    });
    expect(questionOf(reply, BOT_INFO)).toBe('còn năm 2023?');
  });
});
