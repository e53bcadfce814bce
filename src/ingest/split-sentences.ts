/**
 * Sentence splitting for Vietnamese news text.
 *
 * A sentence ends at `.`, `!`, `?`, `…`, `...` or `./.` (closing quotes and brackets stay with it)
 * when what follows is white space and then something that can open a sentence (a capital letter, a
 * digit, an opening quote or bracket, a dash). It does not end:
 * - after an abbreviation or title (`TP.`, `TS.`, `ThS.`, `PGS.`, `GS.`, `Th.S.`, `St.`) or an initial (`V.`);
 * - inside numbers, dates and codes (`6.690`, `1.209,24`, `25/5/2023`, `22-CT/TW`), which have no space;
 * - inside a quotation or a parenthesis, unless the quotation itself closes right after the mark;
 * - at `;` (long enumerations stay one sentence) or `:`.
 * Every line break also ends a sentence.
 */

/** Words written with a final dot that do not end a sentence (compared case-sensitively, then lowercased). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'TP',
  'Tp',
  'TS',
  'ThS',
  'Ths',
  'Th.S',
  'TH.S',
  'PGS',
  'PGS.TS',
  'GS',
  'GS.TS',
  'TSKH',
  'BS',
  'BSCKII',
  'KS',
  'CN',
  'LS',
  'NNƯT',
  'NSƯT',
  'NSND',
  'St',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Tr',
  'tr',
  'Q',
  'P',
  'TX',
  'TT',
  'H',
  'Nxb',
  'NXB',
  'No',
  'Đ/c',
  'đ/c',
  'Th',
]);

const CLOSERS = new Set(['"', '”', '’', '»', "'", ')', ']']);

/** What may open a new sentence after the white space that follows an end mark. */
const SENTENCE_START = /[\p{Lu}\d"“‘«'([–—-]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const ROMAN = /^[IVXLC]+$/;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00A0';
}

/** The word right before position `end` (exclusive), without leading brackets or quotes. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1]) && text[start - 1] !== '\n') start--;
  return text.slice(start, end).replace(/^[("“‘'[]+/, '');
}

/** True when the dot at `dot` belongs to an abbreviation or an initial, not to the end of a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // initials: "V.", "N.H.", "V.M."
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    // a lone Roman numeral after "thứ"/"khóa"/"lần" ends a sentence: "lần thứ X. Sáng …"
    const before = text.slice(Math.max(0, dot - word.length - 8), dot - word.length).trim();
    if (ROMAN.test(word) && /(?:thứ|khóa|khoá|kỳ|kì|số)$/iu.test(before)) return false;
    return word.length <= 3 || word.includes('.');
  }
  return false;
}

/**
 * Splits one line of text into sentences. `respectBrackets` = false ignores quotes and parentheses,
 * used when they do not balance on the line.
 */
function splitLine(line: string, respectBrackets: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let quote = 0;
  let paren = 0;
  const n = line.length;
  const opensHere = (i: number) => {
    const prev = line[i - 1];
    return (
      prev === undefined || isSpace(prev) || prev === '(' || prev === '[' || prev === ':' || prev === '-'
    );
  };
  for (let i = 0; i < n; i++) {
    const ch = line[i] as string;
    if (respectBrackets) {
      if (ch === '“' || ch === '«' || (ch === '‘' && opensHere(i))) quote++;
      else if (ch === '”' || ch === '»' || (ch === '’' && !LETTER.test(line[i + 1] ?? '')))
        quote = Math.max(0, quote - 1);
      else if (ch === '"') quote = opensHere(i) ? quote + 1 : Math.max(0, quote - 1);
      else if (ch === '(' || ch === '[') paren++;
      else if ((ch === ')' || ch === ']') && paren > 0) paren--;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // the run of end marks: "...", "?!", "./.", "…"
    let j = i;
    while (j < n) {
      const c = line[j];
      if (c === '.' || c === '!' || c === '?' || c === '…') j++;
      else if (c === '/' && line[j + 1] === '.' && line[j - 1] === '.') j += 2;
      else break;
    }
    const marks = line.slice(i, j);
    // closing quotes and brackets stay with the sentence
    let k = j;
    while (k < n && CLOSERS.has(line[k] as string)) {
      const c = line[k] as string;
      if (respectBrackets) {
        if (c === ')' || c === ']') {
          if (paren === 0) break;
          paren--;
        } else {
          if (quote === 0) break;
          quote--;
        }
      }
      k++;
    }
    i = k - 1;
    if (line.slice(k).trim() === '') break;
    if (respectBrackets && (quote > 0 || paren > 0)) continue;
    if (!isSpace(line[k])) {
      // a glued sentence: "hội nghị.Ông …" (a lowercase word, the dot, a capitalised word)
      const glued =
        marks === '.' &&
        k === j &&
        LOWER.test(line[j - 2] ?? '') &&
        UPPER.test(line[k] ?? '') &&
        LOWER.test(line[k + 1] ?? '') &&
        !/[./:@]/.test(wordBefore(line, j - 1));
      if (!glued) continue;
    }
    let m = k;
    while (m < n && isSpace(line[m])) m++;
    if (!SENTENCE_START.test(line[m] ?? '')) continue;
    if (marks === '.' && isAbbreviationDot(line, j - 1)) continue;
    const sentence = line.slice(start, k).trim();
    if (sentence) out.push(sentence);
    start = m;
    i = m - 1;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** True when quotes or parentheses do not balance on the line. */
function unbalanced(line: string): boolean {
  let curly = 0;
  let straight = 0;
  let paren = 0;
  for (const ch of line) {
    if (ch === '“' || ch === '«') curly++;
    else if (ch === '”' || ch === '»') curly--;
    else if (ch === '"') straight++;
    else if (ch === '(') paren++;
    else if (ch === ')') paren--;
  }
  // "…” closes a straight opening quote in sloppy text: count both kinds together
  const quotes = curly + (straight % 2 === 0 ? 0 : 1);
  const mixed = (curly === -1 && straight % 2 === 1) || (curly === 1 && straight % 2 === 1);
  return paren !== 0 || (quotes !== 0 && !mixed);
}

/** Splits text into sentences; line breaks always end a sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    out.push(...splitLine(line, !unbalanced(line)));
  }
  return out;
}
