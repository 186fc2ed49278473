/** The save notice's words, under the "pwa." prefix in src/i18n/*.json, bundled into its on-demand module. */
export const SAVE_NOTICE_STRING_KEYS = ['saving', 'saved', 'stopped', 'saveFailed', 'noRoom', 'saveCore'] as const;
export type SaveNoticeStrings = Record<(typeof SAVE_NOTICE_STRING_KEYS)[number], string>;
