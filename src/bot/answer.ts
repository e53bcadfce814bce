/**
 * Answering one question in a chat: ask the engine with the conversation's context (the replied-to
 * answer's, else the person's last), render the answer with 📄 citation buttons, and remember the new
 * context for the person and for the messages the answer was sent in.
 */
import { InlineKeyboard } from 'grammy';
import type { CitationStore } from './citations.ts';
import type { BotContext } from './context.ts';
import type { BotEngine } from './engine.ts';
import { renderAnswer } from './format.ts';
import { answerLang, strings } from './i18n.ts';
import type { Logger } from './logger.ts';
import { replyHtml } from './reply.ts';
import { startTyping } from './typing.ts';
import type { UsageCounters } from './usage.ts';

/** Longer "questions" are refused politely (pasted articles go through /them). */
export const MAX_QUESTION_LENGTH = 1000;

export interface AnswerDeps {
  engine: BotEngine;
  citations: CitationStore;
  logger: Logger;
  /** Counts questions and exact answers for /thongke (no question text is kept). */
  usage: UsageCounters;
}

export async function answerQuestion(ctx: BotContext, question: string, deps: AnswerDeps): Promise<void> {
  const q = question.trim();
  if (q === '') {
    await replyHtml(ctx, ctx.t.askUsage);
    return;
  }
  if (Array.from(q).length > MAX_QUESTION_LENGTH) {
    await replyHtml(ctx, ctx.t.tooLong(MAX_QUESTION_LENGTH));
    return;
  }
  const typing = startTyping(ctx, (err) => deps.logger.debug({ err }, 'sendChatAction failed'));
  try {
    const started = performance.now();
    const result = deps.engine.ask(q, ctx.conversation.previous());
    deps.usage.record(result.found);
    deps.logger.debug(
      {
        ms: Math.round(performance.now() - started),
        found: result.found,
        kind: result.kind,
        items: result.items.length,
      },
      'answered',
    );
    const lang = answerLang(result, ctx.lang);
    const t = strings(lang);
    const rendered = renderAnswer(result, t, lang);
    let keyboard: InlineKeyboard | undefined;
    if (rendered.buttons.length > 0) {
      keyboard = new InlineKeyboard();
      rendered.buttons.forEach((b, i) => {
        if (i > 0 && i % 4 === 0) keyboard!.row();
        keyboard!.text(t.citeButton(b.item), deps.citations.put(b.citation, lang));
      });
    }
    await typing.stop();
    const sent = await replyHtml(ctx, rendered.html, keyboard ? { keyboard } : {});
    ctx.conversation.remember(result.context, sent);
  } finally {
    await typing.stop();
  }
}
