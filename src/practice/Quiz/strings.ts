import { keys } from '../../lib/i18n/strings';

/** UI strings a quiz needs, resolved at build time: no dictionary ships to the browser. */
export const QUIZ_STRING_KEYS = [
  ...keys('check tryAgain right wrong pickOne pickMany chooseFirst questionOf missed score passed notPassed'),
  ...keys('retake showAnswer rightAnswer'),
];
export type QuizStrings = Record<(typeof QUIZ_STRING_KEYS)[number], string>;

/** The words <ld-quiz> writes after an answer; the rest are in the server's markup. */
export const QUIZ_LIVE_KEYS = keys(
  'check tryAgain right wrong chooseFirst missed score passed notPassed',
) satisfies (keyof QuizStrings)[];
export type QuizLiveStrings = Pick<QuizStrings, (typeof QUIZ_LIVE_KEYS)[number]>;
