import { keys } from '../../lib/i18n/strings';

export const PROGRESS_STRING_KEYS = [
  ...keys('loading offlineCatalogue summary byPath byPillar lessonsDone quizScore notStarted started'),
  ...keys('completed storageTitle storage.ok storage.memory storage.readOnly persisted.yes persisted.no'),
  ...keys('persisted.unknown backupTitle backupIntro export import importChoose importError.not-json'),
  ...keys('importError.not-ours importError.newer-version importError.too-big previewTitle previewCompleted'),
  ...keys('previewStarted previewBetterQuiz previewNothing apply cancel merged transferTitle transferIntro'),
  ...keys('transferShow transferCode transferQr receiveLabel receive codeError.empty codeError.characters'),
  ...keys('codeError.too-short codeError.version codeError.checksum codeError.too-long codeError.transfer-code'),
  ...keys('codeError.completion-code codeError.old-version codeError.lesson-id previewMorePractice previewUnknown'),
  ...keys('completionTitle completionIntro'),
  ...keys('completionName completionNameHint completionCode completionQr completionNone certificate'),
  ...keys('clearTitle clearIntro clear clearConfirm clearYes cleared pillar.cakap pillar.etika pillar.aman'),
  ...keys('pillar.budaya'),
];
export type ProgressStrings = Record<(typeof PROGRESS_STRING_KEYS)[number], string>;
