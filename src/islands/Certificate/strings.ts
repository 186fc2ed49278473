export const CERTIFICATE_STRING_KEYS = [
  'noScript',
  'loading',
  'nameLabel',
  'nameHint',
  'print',
  'heading',
  'awardedTo',
  'noName',
  'completedPaths',
  'completedLessons',
  'none',
  'date',
  'code',
  'selfIssued',
] as const;
export type CertificateStrings = Record<(typeof CERTIFICATE_STRING_KEYS)[number], string>;
