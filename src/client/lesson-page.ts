/**
 * Everything a lesson page enhances beyond its islands, in one small module: one
 * request instead of six. Each part does nothing when its elements are absent.
 */
import { defineLessonStatus } from './lesson-status';
import { setUpReadAloudButton } from './read-aloud-button';
import { defineSteps } from './steps';
import { enhanceTerms } from './terms';
import { applyTrainerMode } from './trainer-mode';
import { setUpPrintButton } from './print-button';

applyTrainerMode();
enhanceTerms(document);
defineSteps();
defineLessonStatus();
setUpReadAloudButton(document);
setUpPrintButton(document);
