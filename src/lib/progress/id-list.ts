/**
 * Lesson ids in a page attribute, as runs: "1-10,31,33-35". A path's lessons usually have
 * neighbouring ids, so the home page names thousands of lessons in a few bytes instead of
 * fetching the whole catalogue to count what a learner has done.
 */
export function formatIdList(ids: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < ids.length;) {
    let end = i;
    while (end + 1 < ids.length && ids[end + 1] === ids[end]! + 1) end++;
    runs.push(end > i + 1 ? `${ids[i]}-${ids[end]}` : ids.slice(i, end + 1).join(','));
    i = end + 1;
  }
  return runs.join(',');
}

/** The ids back, in order; anything unreadable is skipped rather than guessed. */
export function parseIdList(text: string): number[] {
  return text.split(',').flatMap((part) => {
    const [from, to = from] = part.trim().split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from! < 1 || to! < from! || to! - from! > 100_000)
      return [];
    return Array.from({ length: to! - from! + 1 }, (_, k) => from! + k);
  });
}
