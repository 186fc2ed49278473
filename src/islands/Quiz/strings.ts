/** UI strings a quiz needs, resolved at build time and passed as props: no dictionary ships to the browser. */
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
] as const;
export type QuizStrings = Record<(typeof QUIZ_STRING_KEYS)[number], string>;
