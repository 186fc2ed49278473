/**
 * Runs `work` on every item, `size` at a time: the post-build steps read and write thousands of
 * pages, and one at a time they wait on the disk for seconds, while all at once they run out of
 * file handles on a large catalogue.
 */
export async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>, size = 64): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}
