/**
 * The rules of a good lesson that a program can check, beyond its schema: enough quiz
 * questions to check understanding, practice and a note for the trainer, official pages
 * listed before news, and sentences short enough to read with low confidence.
 */
import { READABILITY_LIMITS, readability } from './readability';

export interface RuleProblem {
  field: string;
  message: string;
  fix: string;
}
export interface LessonForRules {
  quizLength: number;
  sourceKinds: readonly string[];
  /** The whole MDX file, frontmatter included. */
  text: string;
}

export const MIN_QUIZ = 3;
export const EXERCISES = ['Simulator', 'ScamDrill', 'Steps'] as const;

export function checkLessonRules(lesson: LessonForRules): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const body = lesson.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  if (lesson.quizLength < MIN_QUIZ) {
    problems.push({
      field: 'quiz',
      message: `The quiz has ${lesson.quizLength} question${lesson.quizLength === 1 ? '' : 's'}; a lesson needs at least ${MIN_QUIZ} to check what the learner understood.`,
      fix: `Add ${MIN_QUIZ - lesson.quizLength} more question${MIN_QUIZ - lesson.quizLength === 1 ? '' : 's'} to "quiz", each choice with its feedback.`,
    });
  }
  if (!EXERCISES.some((name) => body.includes(`<${name}`))) {
    problems.push({
      field: '(body)',
      message: 'The lesson has no practice: learners learn a task by doing it.',
      fix: 'Add <Steps> for the steps of the task, or a <Simulator> or <ScamDrill> (see content/README.md, section 3).',
    });
  }
  if (!body.includes('<TrainerNote')) {
    problems.push({
      field: '(body)',
      message: 'The lesson has no trainer note, so a trainer has nothing to prepare from.',
      fix: 'Add a <TrainerNote> saying how to run the practice in class and which questions come up.',
    });
  }
  const firstNews = lesson.sourceKinds.indexOf('news');
  const lateOfficial = firstNews === -1 ? -1 : lesson.sourceKinds.indexOf('official', firstNews);
  if (lateOfficial !== -1) {
    problems.push({
      field: `sources[${lateOfficial}]`,
      message: 'An official page is listed after a news report; learners and reviewers read the list from the top.',
      fix: 'Move every source with "kind: official" above the news reports.',
    });
  }
  const figures = readability(lesson.text);
  if (figures.average > READABILITY_LIMITS.average) {
    problems.push({
      field: '(body)',
      message: `Sentences average ${figures.average.toFixed(1)} words; a reader with low confidence needs ${READABILITY_LIMITS.average} or fewer.`,
      fix: 'Split long sentences: one idea per sentence.',
    });
  }
  if (figures.longest > READABILITY_LIMITS.longest) {
    problems.push({
      field: '(body)',
      message: `A sentence has ${figures.longest} words (at most ${READABILITY_LIMITS.longest}): "${figures.longestSentence}"`,
      fix: 'Split it into two or three sentences, one idea each.',
    });
  }
  return problems;
}
