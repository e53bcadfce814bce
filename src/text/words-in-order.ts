/**
 * Where a name's words are written in order, a few other words allowed between two of them ("trung
 * du và miền núi phía Bắc" holds "trung du mien nui phia bac"): a name is a phrase, and its syllables
 * scattered over a text are other words ("Năm Căn vận động cán bộ" holds "nam", "dong" and "bo", not
 * "Đông Nam Bộ").
 */

/** The indexes of the first and last of `key`'s words in `words`, at most `gap` words between two; undefined when absent. */
export function wordsInOrder(
  words: readonly string[],
  key: readonly string[],
  gap = 2,
): [first: number, last: number] | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== key[0]) continue;
    let last = i;
    let k = 1;
    for (let at = i + 1; k < key.length && at < words.length && at - last <= gap + 1; at++)
      if (words[at] === key[k]) {
        last = at;
        k++;
      }
    if (k === key.length) return [i, last];
  }
  return undefined;
}
