/**
 * The terminal chat: answers exactly as the bot will. Interactive on a terminal; with piped input it
 * answers each line and exits at the end of input.
 */
import { createInterface } from 'node:readline';
import type { ConversationContext, Engine } from '../engine.ts';
import { formatAnswer } from './format-answer.ts';

export async function runChat(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  let context: ConversationContext | undefined;
  if (interactive) {
    output.write('Hỏi về công tác Mặt trận (Ctrl+D để thoát). Ví dụ: ai là cụm trưởng năm 2024?\n');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const q = line.trim();
    if (q) {
      const result = engine.ask(q, context);
      context = result.context;
      output.write(`${formatAnswer(result)}\n\n`);
    }
    if (interactive) rl.prompt();
  }
}
