/**
 * Everything a lesson page enhances, in one small module: one request instead of seven.
 * Each part does nothing when its elements are absent. Every lesson ends with a quiz (and
 * may have checks), so <ld-quiz> rides along (defined by the lesson's script in LessonArticle.astro,
 * since practice sits above client/); the drill and simulator come with their MDX.
 */
import { defineLessonStatus } from './lesson-status';
import { setUpReadAloudButton } from './read-aloud-button';
import { defineSteps } from './steps';
import { enhanceTerms } from './terms';
import { applyTrainerMode } from '../trainer/trainer-mode';
import { setUpPrintButton } from './print-button';
import { showDueNotices } from './review-notice';

applyTrainerMode();
enhanceTerms(document);
defineSteps();
defineLessonStatus();
setUpReadAloudButton(document);
setUpPrintButton(document);
showDueNotices(document, new Date());
