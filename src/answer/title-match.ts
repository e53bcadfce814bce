/**
 * Does a person's title answer the title a question asks about? "Phó Chủ tịch Thường trực Ủy ban
 * MTTQ tỉnh Quảng Ninh" answers "Phó Chủ tịch … tỉnh Quảng Ninh"; "Phó Chủ tịch HĐND tỉnh" never
 * answers "Chủ tịch HĐND tỉnh"; a central title never answers a question about a province.
 */
import type { PersonTitle } from '../extract/fact.ts';
import { ADMIN_LEVEL, TITLE_HEADS } from '../lexicon/titles.ts';
import type { ParsedQuestion, TitleSlot } from '../qa/question.ts';
import { fold } from '../text/fold.ts';

const heads = [...TITLE_HEADS].sort((a, b) => b.length - a.length);

/** A title ending in a village's admin word with no name after it. */
const BARE_VILLAGE = new RegExp(
  `\\s(?:${Object.entries(ADMIN_LEVEL)
    .filter(([, level]) => level === 'village')
    .map(([word]) => word)
    .join('|')}|khu dan cu)$`,
);

const headCache = new Map<string, string | undefined>();

function headOf(folded: string): string | undefined {
  if (headCache.has(folded)) return headCache.get(folded);
  const f = folded.replace(/^(nguyen|tan|dong chi)\s+/, '').replace(/^uvtv\s+|^uy vien ban thuong vu\s+/, '');
  const head = heads.find((h) => f === h || f.startsWith(`${h} `));
  if (headCache.size > 50_000) headCache.clear();
  headCache.set(folded, head);
  return head;
}

export function titleMatches(slot: TitleSlot, q: ParsedQuestion, t: PersonTitle): boolean {
  if (t.status === 'former') return false;
  const head = headOf(t.folded);
  if (!head) return false;
  // the asked head must begin the title's head: "phó chủ tịch" covers "phó chủ tịch thường trực", not the reverse
  if (!(head === slot.head || head.startsWith(`${slot.head} `))) return false;
  const words = new Set(t.folded.split(' '));
  // the head of a delegation ("Trưởng đoàn") leads it whatever body the question names it by
  if (slot.head !== 'truong doan' && !slot.org.every((w) => words.has(w))) return false;

  if (slot.central && !t.central) return false;
  // The title's place: the one written with it ("Chủ tịch HĐND tỉnh Điện Biên"), else the places the
  // question names — unless the title ends in a bare "tỉnh"/"huyện" (then "… trao quà tại xã Điền Hương"
  // is where things happened) or is central (the same everywhere).
  const named = [...q.provinces.map(fold), ...q.localities.map((l) => l.name)];
  // a delegation goes to the place the question names ("dẫn đầu đoàn … tại An Giang"): no title's place
  const places =
    slot.central || slot.head === 'truong doan'
      ? []
      : slot.place
        ? named.filter((p) => slot.place?.startsWith(p))
        : slot.bareAdmin
          ? []
          : named;
  if (slot.place && !slot.central && slot.head !== 'truong doan' && !places.length) return false;

  if (places.length) {
    if (t.central) return false;
    const loc = t.locality ? fold(t.locality) : undefined;
    // "Trưởng ban Công tác Mặt trận xóm": the village the article (already in scope) is about
    if (!loc && BARE_VILLAGE.test(t.folded)) return true;
    if (!loc || !places.some((p) => loc === p || loc.endsWith(` ${p}`))) return false;
  }
  return true;
}
