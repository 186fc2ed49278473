import { keys } from '../../lib/i18n/strings';

/** UI strings of the trainer islands, under the "trainer." prefix in src/i18n/*.json. */
export const PLANNER_STRING_KEYS = [
  ...keys('loading catalogueError about title date start add addPath addPathButton addLesson'),
  ...keys('addLessonButton addBreak break empty agenda minutesFor up down remove moved removed added total'),
  ...keys('share shareIntro link copy copied open qr unknownLesson skipped'),
];
export type PlannerStrings = Record<(typeof PLANNER_STRING_KEYS)[number], string>;

export const AGENDA_STRING_KEYS = keys(
  'loading catalogueError none break total unknownLesson skipped print qr qrShow done',
);
export type AgendaStrings = Record<(typeof AGENDA_STRING_KEYS)[number], string>;

export const ROSTER_STRING_KEYS = [
  ...keys('loading catalogueError classes none newClass className classDate classPlace create nameRequired'),
  ...keys('open learners addTitle code codeHint learnerName learnerNameHint addLearner addedLearner'),
  ...keys('replacedLearner scan scanStop scanError tableCaption name doneCount initials added noLearners'),
  ...keys('export separator separatorComma separatorSemicolon delete deleteConfirm deleted removeLearner'),
  ...keys('storage.memory storage.readOnly storage.dropped quiz quizNone unknownCount unknownColumn selfReported'),
];
/** The same plain words for a mistyped completion code as the progress page uses ("progress." keys). */
export const CODE_ERROR_KEYS = [
  ...keys('codeError.empty codeError.characters codeError.too-short codeError.version codeError.checksum'),
  ...keys('codeError.too-long codeError.transfer-code codeError.completion-code codeError.old-version'),
  ...keys('codeError.lesson-id'),
];
export type RosterStrings = Record<(typeof ROSTER_STRING_KEYS)[number] | (typeof CODE_ERROR_KEYS)[number], string>;
