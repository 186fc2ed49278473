/**
 * A path or service page lists at most LIST_PAGE_SIZE lessons; a longer list continues on
 * /jalur/<slug>/2/ and on. Page 1 is in every install's shell, so the shell stays the same size
 * however long a list grows.
 */
export const LIST_PAGE_SIZE = 30;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Position of the first item in the whole list, 0-based: ordered lists keep counting on later pages. */
  start: number;
  /** Items per page, and in the whole list. */
  size: number;
  total: number;
}

/** The pages of a list: always at least one, so an empty path still has its page. */
export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Not a page size: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size,
    size,
    total: items.length,
  }));
}

/** The `page` route parameter of a page: none for the first, so a path's address stays /jalur/<slug>/. */
export const pageParam = (number: number): string | undefined => (number === 1 ? undefined : String(number));

/** The 1-based positions of the first and last item on page `number` of the list `page` belongs to. */
export function pageRange({ size, total }: Page<unknown>, number: number): { from: number; to: number } {
  return { from: (number - 1) * size + 1, to: Math.min(number * size, total) };
}
