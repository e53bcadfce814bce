/**
 * Admin ingestion and removal (ADMIN_IDS only; everyone else gets a polite refusal and
 * nothing is fetched, downloaded or stored):
 *   /them <text>                      pasted text
 *   /them <http(s) link>              fetched safely (see net/safe-fetch.ts)
 *   /them as a reply                  the replied message's text, link or document
 *   document with caption /them       the uploaded .txt / .html / .md
 *   /xoa <id>                         remove an article and its facts
 */
import { Composer } from 'grammy';
import type { Document, Message, MessageEntity } from 'grammy/types';
import type { NewDocument } from '../../engine.ts';
import { shorten } from '../../text/shorten.ts';
import type { BotContext } from '../context.ts';
import {
  documentFromFetch,
  documentFromFile,
  documentFromText,
  formatOfDocument,
  singleUrl,
} from '../documents.ts';
import type { BotEngine } from '../engine.ts';
import { renderIngestReport } from '../format.ts';
import { esc } from '../html.ts';
import type { Logger } from '../logger.ts';
import { FetchError, type FetchedResource } from '../net/safe-fetch.ts';
import { replyHtml } from '../reply.ts';
import { startTyping } from '../typing.ts';

export interface AdminDeps {
  engine: BotEngine;
  adminIds: ReadonlySet<number>;
  logger: Logger;
  /** Byte cap for uploaded documents. */
  maxBytes: number;
  /** Fetch an admin-supplied URL (with the private-address policy applied). */
  fetchPage(url: string): Promise<FetchedResource>;
  /** Download a Telegram file by its `file_path` (from getFile). */
  downloadFile(filePath: string): Promise<Buffer>;
}

/** `/them` or `/them@bot` at the start of a caption. */
function captionCommand(msg: Message, me: { username: string }): string | undefined {
  const caption = msg.caption ?? '';
  const e = (msg.caption_entities ?? []).find(
    (x: MessageEntity) => x.type === 'bot_command' && x.offset === 0,
  );
  if (!e) return undefined;
  const [cmd, at] = caption.slice(1, e.length).split('@');
  if (at !== undefined && at.toLowerCase() !== me.username.toLowerCase()) return undefined;
  return cmd?.toLowerCase();
}

class UserFacingError extends Error {}

export function adminFeature(deps: AdminDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && deps.adminIds.has(ctx.from.id);

  const fromDocument = async (ctx: BotContext, doc: Document): Promise<NewDocument> => {
    const format = formatOfDocument(doc.file_name, doc.mime_type);
    if (!format) throw new UserFacingError(ctx.t.unsupportedDocument);
    const tooLarge = ctx.t.documentTooLarge(Math.floor(deps.maxBytes / 1024));
    if (doc.file_size !== undefined && doc.file_size > deps.maxBytes) throw new UserFacingError(tooLarge);
    const file = await ctx.api.getFile(doc.file_id);
    if (!file.file_path) throw new UserFacingError(ctx.t.ingestFailed(ctx.t.fetchErrors.network));
    try {
      const body = await deps.downloadFile(file.file_path);
      return documentFromFile(body, format);
    } catch (err) {
      if (err instanceof FetchError && err.code === 'too_large') throw new UserFacingError(tooLarge);
      throw err;
    }
  };

  const fromText = async (text: string): Promise<NewDocument> => {
    const url = singleUrl(text);
    return url ? documentFromFetch(await deps.fetchPage(url)) : documentFromText(text);
  };

  const ingest = async (ctx: BotContext, source: () => Promise<NewDocument | undefined>) => {
    if (!isAdmin(ctx)) {
      deps.logger.info({ userId: ctx.from?.id }, 'refused /them from a non-admin');
      await replyHtml(ctx, ctx.t.adminOnly);
      return;
    }
    const typing = startTyping(ctx, (err) => deps.logger.debug({ err }, 'sendChatAction failed'));
    let html: string;
    try {
      const doc = await source();
      if (!doc) {
        html = ctx.t.ingestUsage;
      } else if (doc.text.trim() === '') {
        html = ctx.t.emptyText;
      } else {
        const outcome = await deps.engine.ingestDocument(doc);
        if (outcome.status === 'refused') {
          deps.logger.info({ id: outcome.id, refusal: outcome.refusal }, 'article refused');
          html = ctx.t.ingestRefused(outcome.refusal);
        } else {
          deps.logger.info(
            { id: outcome.id, status: outcome.status, facts: outcome.facts },
            'article ingested',
          );
          html = renderIngestReport(outcome, ctx.t);
        }
      }
    } catch (err) {
      if (err instanceof UserFacingError) html = err.message;
      else if (err instanceof FetchError) {
        deps.logger.warn({ code: err.code, reason: err.message }, 'fetch for /them failed');
        html = ctx.t.ingestFailed(ctx.t.fetchErrors[err.code]);
      } else {
        deps.logger.error({ err }, 'ingestion failed');
        html = ctx.t.ingestFailed(esc(shorten((err as Error)?.message ?? String(err), 300)));
      }
    } finally {
      await typing.stop();
    }
    await replyHtml(ctx, html);
  };

  c.command('them', (ctx) =>
    ingest(ctx, async () => {
      if (ctx.match.trim() !== '') return fromText(ctx.match);
      const replied = ctx.msg.reply_to_message;
      if (replied?.document) return fromDocument(ctx, replied.document);
      const text = replied?.text ?? replied?.caption;
      if (text && text.trim() !== '') return fromText(text);
      return undefined;
    }),
  );

  c.on('message:document')
    .filter((ctx) => captionCommand(ctx.msg, ctx.me) === 'them')
    .use((ctx) => ingest(ctx, () => fromDocument(ctx, ctx.msg.document)));

  c.command('xoa', async (ctx) => {
    if (!isAdmin(ctx)) {
      await replyHtml(ctx, ctx.t.adminOnly);
      return;
    }
    const id = ctx.match.trim().split(/\s+/)[0] ?? '';
    if (id === '') {
      await replyHtml(ctx, ctx.t.removeUsage);
      return;
    }
    const removed = await deps.engine.remove(id);
    deps.logger.info({ id, removed }, 'remove article');
    await replyHtml(ctx, removed ? ctx.t.removed(id) : ctx.t.notRemoved(id));
  });

  return c;
}
