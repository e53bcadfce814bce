/**
 * When is a message a question for the bot, and what is the question?
 *  - private chat: any text that is not a command;
 *  - group/supergroup: a mention of the bot (`@botname …` or a text_mention of it; the
 *    mention is stripped) or a reply to one of the bot's messages; otherwise silence.
 * (`/hoi` is handled as a command in every chat type.)
 */
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';

export function isCommandText(text: string, entities: MessageEntity[] | undefined): boolean {
  return (entities ?? []).some((e) => e.type === 'bot_command' && e.offset === 0) || /^\/[A-Za-z]/.test(text);
}

/** Remove the entity spans that address the bot; undefined when none does. */
export function stripMentions(
  text: string,
  entities: MessageEntity[] | undefined,
  me: UserFromGetMe,
): string | undefined {
  const own = `@${me.username}`.toLowerCase();
  const spans = (entities ?? []).filter(
    (e) =>
      (e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === own) ||
      (e.type === 'text_mention' && e.user.id === me.id),
  );
  if (spans.length === 0) return undefined;
  let out = text;
  for (const e of [...spans].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, e.offset) + ' ' + out.slice(e.offset + e.length);
  }
  return tidy(out);
}

/** Collapse whitespace and drop punctuation left dangling by a removed mention ("@bot, …"). */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;.\-–—\s]+/, '')
    .trim();
}

/** The question a text message asks the bot, or undefined when it is not addressed to it. */
export function questionOf(msg: Message, me: UserFromGetMe): string | undefined {
  const text = msg.text;
  if (text === undefined) return undefined;
  if (isCommandText(text, msg.entities)) return undefined;
  if (msg.chat.type === 'private') return tidy(text);
  if (msg.chat.type !== 'group' && msg.chat.type !== 'supergroup') return undefined;
  const stripped = stripMentions(text, msg.entities, me);
  if (stripped !== undefined) return stripped;
  if (msg.reply_to_message?.from?.id === me.id) return tidy(text);
  return undefined;
}
