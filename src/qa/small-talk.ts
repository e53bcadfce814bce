/**
 * Is a message a question at all? Greetings ("xin chào", "hello bot") and thanks or acknowledgements
 * ("cảm ơn bot nhé 👍", "ok", an emoji) are small talk: surfaces answer them with the introduction or a
 * short friendly line instead of searching the articles.
 */
import { ACK_WORDS, ADDRESS_WORDS, ENGLISH_SMALL_TALK, GREETINGS } from '../lexicon/small-talk.ts';
import { fold } from '../text/fold.ts';

export interface SmallTalk {
  kind: 'greeting' | 'thanks';
  /** English when the words are ("hello", "thanks"); Vietnamese otherwise. */
  lang: 'vi' | 'en';
}

/** Small talk is short: a longer message is read as a question. */
const MAX_WORDS = 8;

export function smallTalkOf(text: string): SmallTalk | undefined {
  const words = fold(text.normalize('NFC')).match(/[a-z0-9]+/g) ?? [];
  if (words.length > MAX_WORDS) return undefined;
  const lang =
    words.length > 0 && words.every((w) => ENGLISH_SMALL_TALK.has(w) || ADDRESS_WORDS.has(w)) ? 'en' : 'vi';
  const joined = words.join(' ');
  const greeting = GREETINGS.find((g) => joined === g || joined.startsWith(`${g} `));
  if (greeting) {
    const rest = words.slice(greeting.split(' ').length);
    if (rest.every((w) => ADDRESS_WORDS.has(w) || ACK_WORDS.has(w))) return { kind: 'greeting', lang };
    return undefined;
  }
  // only emoji or punctuation, or only thanks and acknowledgements
  if (words.every((w) => ACK_WORDS.has(w) || ADDRESS_WORDS.has(w))) return { kind: 'thanks', lang };
  return undefined;
}
