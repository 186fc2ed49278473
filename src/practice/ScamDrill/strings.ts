import { keys } from '../../lib/i18n/strings';

/** UI strings a scam drill needs, resolved at build time: no dictionary ships to the browser. */
export const DRILL_STRING_KEYS = [
  ...keys('title intro messageOf safe scam right wrong itWas flags next score restart attachment link'),
  ...keys('channel.sms channel.whatsapp channel.email answer'),
];
export type DrillStrings = Record<(typeof DRILL_STRING_KEYS)[number], string>;

/** The words <ld-drill> writes as the learner goes; the rest are in the server's markup. */
export const DRILL_LIVE_KEYS = keys(
  'messageOf safe scam right wrong next score restart answer',
) satisfies (keyof DrillStrings)[];
export type DrillLiveStrings = Pick<DrillStrings, (typeof DRILL_LIVE_KEYS)[number]>;
