/**
 * Reciprocal rank fusion: merges ranked lists from different engines without comparing
 * their scores. The search page fuses Pagefind's full-text results with the finder's,
 * which know synonyms and forgive typos, so "wa dibajak" or "pinjool" still lead to
 * the right lesson. Ties keep the order of first appearance.
 */
export interface RankedList {
  items: readonly string[];
  weight?: number;
}

export function fuse(lists: readonly RankedList[], k = 10): string[] {
  const scores = new Map<string, number>();
  for (const { items, weight = 1 } of lists) {
    items.forEach((item, rank) => scores.set(item, (scores.get(item) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}
