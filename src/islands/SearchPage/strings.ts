export const SEARCH_STRING_KEYS = [
  'label',
  'submit',
  'clear',
  'loading',
  'count',
  'none',
  'error',
  'filters',
  'any',
  'filter.path',
  'filter.pillar',
  'filter.service',
  'filter.level',
  'suggestTitle',
  'suggestTerms',
] as const;
export type SearchStrings = Record<(typeof SEARCH_STRING_KEYS)[number], string>;
