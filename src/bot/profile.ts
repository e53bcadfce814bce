/**
 * The bot's profile on Telegram: command menus (Vietnamese by default, English for `en`
 * clients, plus /them and /xoa in the admins' private chats), description and short
 * description. All of it is non-essential: each call that fails is logged as a warning.
 */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { type AdminCommand, type Lang, type PublicCommand, strings } from './i18n.ts';
import type { Logger } from './logger.ts';

export const PUBLIC_COMMANDS: PublicCommand[] = ['hoi', 'nguon', 'cum', 'thongke', 'help', 'start'];
export const ADMIN_COMMANDS: AdminCommand[] = ['them', 'xoa'];

export function commandList(lang: Lang, admin = false): BotCommand[] {
  const t = strings(lang);
  const names: Array<PublicCommand | AdminCommand> = admin
    ? [...PUBLIC_COMMANDS, ...ADMIN_COMMANDS]
    : PUBLIC_COMMANDS;
  return names.map((command) => ({ command, description: t.commands[command] }));
}

export async function setupProfile(api: Api, adminIds: readonly number[], logger: Logger): Promise<void> {
  const attempt = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (err) {
      logger.warn({ err: (err as Error)?.message ?? String(err) }, `${what} failed; continuing without it`);
    }
  };
  const vi = strings('vi');
  const en = strings('en');
  await attempt('setMyCommands (vi)', () => api.setMyCommands(commandList('vi')));
  await attempt('setMyCommands (en)', () => api.setMyCommands(commandList('en'), { language_code: 'en' }));
  for (const id of adminIds) {
    const scope = { type: 'chat' as const, chat_id: id };
    await attempt(`setMyCommands (admin ${id})`, () => api.setMyCommands(commandList('vi', true), { scope }));
    await attempt(`setMyCommands (admin ${id}, en)`, () =>
      api.setMyCommands(commandList('en', true), { scope, language_code: 'en' }),
    );
  }
  await attempt('setMyDescription (vi)', () => api.setMyDescription(vi.description));
  await attempt('setMyDescription (en)', () => api.setMyDescription(en.description, { language_code: 'en' }));
  await attempt('setMyShortDescription (vi)', () => api.setMyShortDescription(vi.shortDescription));
  await attempt('setMyShortDescription (en)', () =>
    api.setMyShortDescription(en.shortDescription, { language_code: 'en' }),
  );
}
