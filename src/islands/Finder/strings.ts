export const FINDER_STRING_KEYS = ['submit', 'loading', 'count', 'none', 'all', 'lesson', 'term', 'offline'] as const;
export type FinderStrings = Record<(typeof FINDER_STRING_KEYS)[number], string>;
