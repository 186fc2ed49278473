import { keys } from '../../lib/i18n/strings';

export const SEARCH_STRING_KEYS = [
  ...keys('label submit clear loading count none error filters any filter.path filter.pillar filter.service'),
  ...keys('filter.level filtersOne filtersOn suggestTitle suggestTerms'),
];
export type SearchStrings = Record<(typeof SEARCH_STRING_KEYS)[number], string>;
