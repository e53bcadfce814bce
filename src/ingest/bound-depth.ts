/**
 * HTML nested absurdly deep (10,000 `<div>`s, 100,000 unclosed `<span>`s) costs the DOM, the
 * HTML parser's own open-element stack and Readability time that grows much faster than the
 * page, and recursion that overflows the stack. `boundDepth` cuts the nesting before any DOM is
 * built: the tags of elements that would sit deeper than `maxDepth` are removed from the source
 * (their text stays; a block tag becomes one line break so words do not run together).
 *
 * One linear pass over htmlparser2's tokenizer — the one linkedom builds its DOM with — keeps its
 * own open-element stack with the parser's implied-close rules (`<p>` closed by a block, `<li>` by
 * the next `<li>`…), bounded at `maxDepth`, so the pass stays linear however deep the page goes.
 * A page that stays within the bound is returned unchanged, byte for byte.
 */
import { createRequire } from 'node:module';
import type { Tokenizer as HtmlTokenizer } from 'htmlparser2';

/** htmlparser2, loaded on the first page: a process that reads no HTML never pays for it. */
let Tokenizer: typeof HtmlTokenizer | undefined;

/** Deep enough for any real page (news pages nest 15–30 levels), shallow enough to stay fast. */
export const MAX_DOM_DEPTH = 64;

/** How far down a stack a closing tag looks for its element (further means a stray tag). */
const CLOSE_SEARCH = 64;

const words = (list: string) => list.split(' ');
const P = new Set(['p']);
const FORM = new Set(words('input option optgroup select button datalist textarea'));
/** Opening tag → the open elements it closes (htmlparser2's rules). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...words('select input output button datalist textarea').map((t) => [t, FORM] as const),
  ...words(
    'h1 h2 h3 h4 h5 h6 p address article aside blockquote details div dl fieldset figcaption figure footer ' +
      'form header hr main nav ol pre section table ul',
  ).map((t) => [t, P] as const),
]);
const VOID = new Set(
  words(
    'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr',
  ),
);
const FOREIGN = new Set(['svg', 'math']);
/** Tags whose removal needs no separator: their text flows on. */
const INLINE = new Set(
  words(
    'a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var',
  ),
);

/** The page with elements below `maxDepth` unwrapped; see the module comment. */
export function boundDepth(html: string, maxDepth = MAX_DOM_DEPTH): string {
  /** Open elements kept, outermost first (never longer than maxDepth). */
  const kept: string[] = [];
  /** Open elements whose tags are cut, below the deepest kept one. */
  const cutOpen: string[] = [];
  let foreign = 0;
  const out: string[] = [];
  let copied = 0;
  let lastWasBreak = false;
  let tagStart = 0;
  let tagName = '';

  const cut = (start: number, end: number, name: string) => {
    const between = html.slice(copied, start);
    const separator = INLINE.has(name) || (lastWasBreak && between.trim() === '') ? '' : '<br>';
    out.push(between, separator);
    if (separator || between.trim() !== '') lastWasBreak = separator !== '';
    copied = end + 1;
  };
  const top = () => (cutOpen.length ? cutOpen[cutOpen.length - 1] : kept[kept.length - 1]);
  const pop = () => {
    const name = cutOpen.length ? cutOpen.pop() : kept.pop();
    if (name && FOREIGN.has(name)) foreign--;
  };
  /** Index of `name` among the last CLOSE_SEARCH entries of `stack`, or -1. */
  const find = (stack: string[], name: string) => {
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - CLOSE_SEARCH); i--) {
      if (stack[i] === name) return i;
    }
    return -1;
  };

  const open = (end: number, selfClosing: boolean) => {
    const name = tagName;
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (top() !== undefined && closes.has(top() as string)) pop();
    if (VOID.has(name) || (selfClosing && foreign > 0)) return;
    if (kept.length < maxDepth) kept.push(name);
    else {
      cutOpen.push(name);
      cut(tagStart, end, name);
    }
    if (FOREIGN.has(name)) foreign++;
  };

  Tokenizer ??= (createRequire(import.meta.url)('htmlparser2') as { Tokenizer: typeof HtmlTokenizer })
    .Tokenizer;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        tagStart = start - 1;
        tagName = html.slice(start, end).toLowerCase();
      },
      onopentagend(end) {
        open(end, false);
      },
      onselfclosingtag(end) {
        open(end, true);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (VOID.has(name)) return;
        const gt = html.indexOf('>', end);
        const tagEnd = gt < 0 ? html.length - 1 : gt;
        const inCut = find(cutOpen, name);
        if (inCut >= 0) {
          while (cutOpen.length > inCut) pop();
          cut(start - 2, tagEnd, name);
          return;
        }
        const inKept = find(kept, name);
        if (inKept < 0) return; // a stray closing tag: the parser ignores it
        while (cutOpen.length) pop();
        while (kept.length > inKept) pop();
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}
