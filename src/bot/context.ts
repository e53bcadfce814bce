/**
 * The bot's context type: grammY's Context, the session flavor, and the UI language.
 */
import type { Context, SessionFlavor } from 'grammy';
import type { ConversationContext } from '../engine.ts';
import type { Lang, Strings } from './i18n.ts';

export interface SessionData {
  /** The previous answer's context, for follow-up questions ("còn năm 2023?"). */
  conversation?: ConversationContext;
}

export interface LangFlavor {
  /** UI language of the user (from their Telegram client). */
  lang: Lang;
  /** UI strings in that language. */
  t: Strings;
}

export type BotContext = Context & SessionFlavor<SessionData> & LangFlavor;
