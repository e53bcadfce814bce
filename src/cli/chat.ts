/**
 * The terminal chat: answers exactly as the bot does (the same formatter, the same follow-ups). On a
 * terminal it opens with a banner of example questions and understands `help`, `exit`/`quit` and
 * Ctrl+C (with a goodbye). With piped input it answers each line and exits at the end of input, printing
 * only answers.
 */
import { createInterface } from 'node:readline';
import type { Lang } from '../answer/types.ts';
import type { ConversationContext, Engine } from '../engine.ts';
import { smallTalkOf } from '../qa/small-talk.ts';
import { chatStrings } from './chat-strings.ts';
import { formatAnswer, wantsColor } from './format-answer.ts';

/** What the chat needs of the engine. */
export type ChatEngine = Pick<Engine, 'ask' | 'stats'>;

const HELP = /^\/?(help|h|\?|huong dan|tro giup)$/i;
const EXIT = /^\/?(exit|quit|q|thoat|thoát|bye)$/i;

export async function runChat(
  engine: ChatEngine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const color = interactive && wantsColor(output);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  let context: ConversationContext | undefined;
  let lang: Lang = 'vi';
  const say = (text: string) => output.write(`${text}\n\n`);
  const prompt = () => {
    if (interactive) rl.prompt();
  };

  let leaving = false;
  const leave = () => {
    if (leaving) return;
    leaving = true;
    // on a terminal the goodbye starts on its own line, not after the prompt
    if (interactive) output.write('\n');
    say(chatStrings(lang).goodbye);
    rl.close();
  };
  // Ctrl+C: readline reports it on a terminal; piped, the process receives the signal
  rl.on('SIGINT', leave);
  process.on('SIGINT', leave);
  const closed = new Promise<void>((resolve) => rl.once('close', resolve));

  if (interactive) {
    say(chatStrings('vi').banner(engine.stats().articles));
    rl.setPrompt('> ');
  }
  prompt();
  rl.on('line', (line) => {
    // lines already read when the user left are not answered
    if (leaving) return;
    const q = line.trim();
    if (EXIT.test(q)) return leave();
    if (HELP.test(q)) say(chatStrings(lang).help);
    else if (q) {
      const smallTalk = smallTalkOf(q);
      if (smallTalk) {
        lang = smallTalk.lang;
        const t = chatStrings(lang);
        say(smallTalk.kind === 'greeting' ? t.banner(engine.stats().articles) : t.thanks);
      } else {
        const result = engine.ask(q, context);
        context = result.context;
        lang = result.lang;
        say(formatAnswer(result, { color }));
      }
    }
    prompt();
  });
  try {
    await closed;
    // Ctrl+D on a terminal ends the chat as politely as "exit"
    if (interactive && !leaving) say(chatStrings(lang).goodbye);
  } finally {
    process.off('SIGINT', leave);
  }
}
