/**
 * Merging two progress records, for import and transfer between phones. Symmetric by
 * construction (unions, maxima, minima), so merge(a, b) equals merge(b, a), and
 * nothing completed, ticked or practised on either side is lost.
 */
import { PROGRESS_VERSION, type LastLesson, type LessonProgress, type Progress } from './model';

const union = (a: readonly number[] = [], b: readonly number[] = []) =>
  [...new Set([...a, ...b])].sort((x, y) => x - y);
const min = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  const steps: Record<string, number[]> = {};
  for (const listId of new Set([...Object.keys(a.steps), ...Object.keys(b.steps)])) {
    steps[listId] = union(a.steps[listId], b.steps[listId]);
  }
  const merged: LessonProgress = {
    status: a.status === 'completed' || b.status === 'completed' ? 'completed' : 'started',
    steps,
    exercises: [...new Set([...a.exercises, ...b.exercises])].sort(),
    startedAt: Math.min(a.startedAt, b.startedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  const completedAt = min(a.completedAt, b.completedAt);
  if (merged.status === 'completed') merged.completedAt = completedAt ?? merged.updatedAt;
  if (a.quiz || b.quiz) {
    // The quiz's length comes from the newer record: a quiz may have been edited since.
    const newer =
      !b.quiz ||
      (a.quiz && (a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.quiz.total >= b.quiz.total)))
        ? a.quiz!
        : b.quiz;
    merged.quiz = {
      best: Math.min(Math.max(a.quiz?.best ?? 0, b.quiz?.best ?? 0), newer.total),
      total: newer.total,
      attempts: Math.max(a.quiz?.attempts ?? 0, b.quiz?.attempts ?? 0),
    };
  }
  return merged;
}

function laterLast(a: LastLesson | undefined, b: LastLesson | undefined): LastLesson | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.lesson >= b.lesson ? a : b;
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonProgress> = {};
  for (const key of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    const left = a.lessons[key];
    const right = b.lessons[key];
    lessons[key] = left && right ? mergeLesson(left, right) : (left ?? right)!;
  }
  const merged: Progress = { v: PROGRESS_VERSION, lessons };
  const last = laterLast(a.last, b.last);
  if (last) merged.last = last;
  return merged;
}

export interface MergePreview {
  /** Lessons that become completed. */
  completed: number[];
  /** Lessons that appear for the first time as started. */
  started: number[];
  /** Lessons whose best quiz score goes up. */
  betterQuiz: number[];
  /** Lessons already here that gain ticked steps or finished practice. */
  morePractice: number[];
  /** True when anything a learner would notice changes; older times alone are not news. */
  changes: boolean;
}

const ticks = (lesson: LessonProgress | undefined) =>
  lesson ? Object.values(lesson.steps).reduce((sum, list) => sum + list.length, 0) + lesson.exercises.length : 0;

/** What importing `incoming` would change, to show the learner before anything is applied. */
export function previewMerge(current: Progress, incoming: Progress): MergePreview {
  const merged = mergeProgress(current, incoming);
  const preview: MergePreview = { completed: [], started: [], betterQuiz: [], morePractice: [], changes: false };
  for (const [key, lesson] of Object.entries(merged.lessons)) {
    const before = current.lessons[key];
    const id = Number(key);
    if (lesson.status === 'completed' && before?.status !== 'completed') preview.completed.push(id);
    else if (!before) preview.started.push(id);
    if (before && lesson.quiz && (before.quiz?.best ?? -1) < lesson.quiz.best) preview.betterQuiz.push(id);
    if (before && ticks(lesson) > ticks(before)) preview.morePractice.push(id);
  }
  const lists = [preview.completed, preview.started, preview.betterQuiz, preview.morePractice];
  for (const list of lists) list.sort((x, y) => x - y);
  preview.changes = lists.some((list) => list.length > 0);
  return preview;
}

/**
 * Only the lessons `known` has (the catalogue's): an id no lesson has is set aside and
 * counted, so an import or a crafted link cannot add lessons that never existed.
 */
export function keepKnown(progress: Progress, known: (id: number) => boolean): { progress: Progress; unknown: number } {
  const lessons: Record<string, LessonProgress> = {};
  let unknown = 0;
  for (const [key, lesson] of Object.entries(progress.lessons)) {
    if (known(Number(key))) lessons[key] = lesson;
    else unknown++;
  }
  return { progress: { ...progress, lessons }, unknown };
}
