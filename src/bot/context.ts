/**
 * The bot's context type: grammY's Context, the conversation flavor (follow-ups), and the UI language.
 */
import type { Context } from 'grammy';
import type { ConversationFlavor } from './conversations.ts';
import type { Lang, Strings } from './i18n.ts';

export interface LangFlavor {
  /** UI language of the user (from their Telegram client). */
  lang: Lang;
  /** UI strings in that language. */
  t: Strings;
}

export type BotContext = Context & ConversationFlavor & LangFlavor;
