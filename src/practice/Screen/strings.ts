import { keys } from '../../lib/i18n/strings';

/** Words a drawn screen needs, resolved at build time: the defaults of its buttons, the callout. */
export const SCREEN_STRING_KEYS = keys('tapHere picture allow deny install publisher link file');
export type ScreenStrings = Record<(typeof SCREEN_STRING_KEYS)[number], string>;

/** "Ketuk yang benar": the practice's own words, beside the drawing's. */
export const TAP_STRING_KEYS = keys('title answer right wrong again');
export type TapStrings = Record<(typeof TAP_STRING_KEYS)[number], string>;
/** The words <ld-tap> writes as the learner answers. */
export const TAP_LIVE_KEYS = keys('right wrong again') satisfies (keyof TapStrings)[];
export type TapLiveStrings = Pick<TapStrings, (typeof TAP_LIVE_KEYS)[number]>;
