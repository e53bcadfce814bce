/**
 * Small talk: the words of messages that are no question — greetings, thanks, acknowledgements — folded.
 * A message made only of these words (and emoji or punctuation) gets the introduction (a greeting) or a
 * short friendly line (thanks, "ok"), never "not found".
 */

/** Greetings, at the start of a message ("xin chào", "chào bot", "hello"). Longest first. */
export const GREETINGS: readonly string[] = [
  'xin chao',
  'chao buoi sang',
  'chao buoi chieu',
  'chao buoi toi',
  'chao',
  'alo',
  'hello',
  'hi',
  'hey',
  'good morning',
  'good afternoon',
  'good evening',
];

/** Who a greeting or a thank-you is addressed to, and polite particles. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(
  'bot ban anh chi em a ah nhe nha nhe moi nguoi ca nha tro ly there everyone all'.split(' '),
);

/** Thanks and acknowledgements; a message of only these (and address words) is no question. */
export const ACK_WORDS: ReadonlySet<string> = new Set(
  (
    'ok oke okay okie oki okela uh uhm um u vang da duoc dc roi cam on nhieu rat hay qua tot tuyet voi ' +
    'chuan xac hieu ro biet toi minh thanks thank you tks thx ty good great nice cool perfect got it'
  ).split(' '),
);

/** Words that mark small talk as English (for the language of the reply). */
export const ENGLISH_SMALL_TALK: ReadonlySet<string> = new Set(
  'hello hi hey good morning afternoon evening thanks thank you tks thx ty great nice cool perfect got it there everyone all'.split(
    ' ',
  ),
);
