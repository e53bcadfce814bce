import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.ts';
import { commandList, setupProfile } from '../../src/bot/profile.ts';
import { makeHarness } from './harness.ts';

describe('bot profile', () => {
  it('registers Vietnamese (default) and English commands, admin menus and descriptions', async () => {
    const h = makeHarness();
    await setupProfile(h.bot.api, [7], createLogger({ level: 'silent' }));
    const commands = h.calls.filter((c) => c.method === 'setMyCommands').map((c) => c.payload);
    expect(commands).toHaveLength(4);
    expect(commands[0]!.language_code).toBeUndefined();
    expect(commands[0]!.commands.map((c: { command: string }) => c.command)).toEqual([
      'hoi',
      'nguon',
      'cum',
      'thongke',
      'help',
      'start',
    ]);
    expect(commands[0]!.commands[0].description).toMatch(/câu hỏi/);
    expect(commands[1]!.language_code).toBe('en');
    expect(commands[2]!.scope).toEqual({ type: 'chat', chat_id: 7 });
    expect(commands[2]!.commands.map((c: { command: string }) => c.command)).toContain('them');
    expect(h.methods().filter((m) => m === 'setMyDescription')).toHaveLength(2);
    expect(h.methods().filter((m) => m === 'setMyShortDescription')).toHaveLength(2);
    for (const c of [...commandList('vi', true), ...commandList('en', true)]) {
      expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(c.description.length).toBeLessThanOrEqual(256);
    }
  });

  it('only warns when every call fails', async () => {
    const h = makeHarness();
    h.bot.api.config.use(async () => ({ ok: false, error_code: 404, description: 'Not Found' }) as never);
    const lines: string[] = [];
    await expect(
      setupProfile(
        h.bot.api,
        [],
        createLogger({ level: 'warn', destination: { write: (l: string) => lines.push(l) } }),
      ),
    ).resolves.toBeUndefined();
    expect(lines.length).toBe(6);
    expect(lines.every((l) => l.includes('"level":40'))).toBe(true);
  });
});
