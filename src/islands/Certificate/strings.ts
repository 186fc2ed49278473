import { keys } from '../../lib/i18n/strings';

export const CERTIFICATE_STRING_KEYS = [
  ...keys('noScript loading nameLabel nameHint print heading awardedTo noName completedPaths'),
  ...keys('completedLessons none date code selfIssued'),
];
export type CertificateStrings = Record<(typeof CERTIFICATE_STRING_KEYS)[number], string>;
