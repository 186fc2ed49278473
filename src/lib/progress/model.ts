/**
 * The learner's progress: one versioned record, owned by pure functions. Lessons are
 * keyed by their stable numeric id, never by title or position. Every update returns a
 * new record and never turns a completed lesson back into an incomplete one.
 */
export const PROGRESS_VERSION = 2;

/** The highest lesson id the schema allows: every decoded id is bounded by it before any work. */
export const MAX_LESSON_ID = 65535;

export type LessonStatus = 'started' | 'completed';

export interface QuizResult {
  /** Best number of questions answered right in one full attempt. */
  best: number;
  total: number;
  attempts: number;
}

export interface LessonProgress {
  status: LessonStatus;
  /** Ticked step indices per Steps list id. */
  steps: Record<string, number[]>;
  quiz?: QuizResult;
  /** Simulators and drills finished, by their id. */
  exercises: string[];
  startedAt: number;
  updatedAt: number;
  completedAt?: number;
}

/** Where "Lanjutkan belajar" takes the learner; slug and title let the home page link without a catalogue. */
export interface LastLesson {
  lesson: number;
  at: number;
  slug?: string;
  title?: string;
}

export interface Progress {
  v: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  last?: LastLesson;
}

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, lessons: {} };
}

export function lessonProgress(progress: Progress, lessonId: number): LessonProgress | undefined {
  return progress.lessons[String(lessonId)];
}

function touch(
  progress: Progress,
  lessonId: number,
  now: number,
  change: (lesson: LessonProgress) => LessonProgress,
): Progress {
  const key = String(lessonId);
  const current = progress.lessons[key] ?? {
    status: 'started',
    steps: {},
    exercises: [],
    startedAt: now,
    updatedAt: now,
  };
  const next = { ...change({ ...current }), updatedAt: now };
  const last = progress.last?.lesson === lessonId ? { ...progress.last, at: now } : { lesson: lessonId, at: now };
  return { ...progress, lessons: { ...progress.lessons, [key]: next }, last };
}

/** The learner opened a lesson: remember it for "Lanjutkan belajar". */
export function visitLesson(progress: Progress, lessonId: number, slug: string, title: string, now: number): Progress {
  const visited = touch(progress, lessonId, now, (lesson) => lesson);
  return { ...visited, last: { lesson: lessonId, slug, title, at: now } };
}

export function completeLesson(progress: Progress, lessonId: number, now: number): Progress {
  return touch(progress, lessonId, now, (lesson) =>
    lesson.status === 'completed' ? lesson : { ...lesson, status: 'completed', completedAt: now },
  );
}

export function tickStep(
  progress: Progress,
  lessonId: number,
  listId: string,
  index: number,
  done: boolean,
  now: number,
): Progress {
  return touch(progress, lessonId, now, (lesson) => {
    const ticked = new Set(lesson.steps[listId] ?? []);
    if (done) ticked.add(index);
    else ticked.delete(index);
    return { ...lesson, steps: { ...lesson.steps, [listId]: [...ticked].sort((a, b) => a - b) } };
  });
}

/** A quiz is passed with at least two thirds of its questions right. */
export function quizPassed(score: number, total: number): boolean {
  return total > 0 && score * 3 >= total * 2;
}

export function recordQuiz(progress: Progress, lessonId: number, score: number, total: number, now: number): Progress {
  const updated = touch(progress, lessonId, now, (lesson) => ({
    ...lesson,
    quiz: {
      best: Math.max(score, lesson.quiz?.best ?? 0),
      total,
      attempts: (lesson.quiz?.attempts ?? 0) + 1,
    },
  }));
  return quizPassed(score, total) ? completeLesson(updated, lessonId, now) : updated;
}

export function recordExercise(progress: Progress, lessonId: number, exerciseId: string, now: number): Progress {
  return touch(progress, lessonId, now, (lesson) =>
    lesson.exercises.includes(exerciseId) ? lesson : { ...lesson, exercises: [...lesson.exercises, exerciseId] },
  );
}

export function completedIds(progress: Progress): number[] {
  return Object.entries(progress.lessons)
    .filter(([, lesson]) => lesson.status === 'completed')
    .map(([id]) => Number(id))
    .sort((a, b) => a - b);
}
