/** UI strings a quiz needs, resolved at build time: no dictionary ships to the browser. */
export const QUIZ_STRING_KEYS = [
  'check',
  'tryAgain',
  'right',
  'wrong',
  'pickOne',
  'pickMany',
  'chooseFirst',
  'questionOf',
  'missed',
  'score',
  'passed',
  'notPassed',
  'retake',
  'showAnswer',
  'rightAnswer',
] as const;
export type QuizStrings = Record<(typeof QUIZ_STRING_KEYS)[number], string>;

/** The words <ld-quiz> writes after an answer; the rest are in the server's markup. */
export const QUIZ_LIVE_KEYS = [
  'check',
  'tryAgain',
  'right',
  'wrong',
  'chooseFirst',
  'missed',
  'score',
  'passed',
  'notPassed',
] as const satisfies readonly (keyof QuizStrings)[];
export type QuizLiveStrings = Pick<QuizStrings, (typeof QUIZ_LIVE_KEYS)[number]>;
