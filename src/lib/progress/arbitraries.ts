/** fast-check generators for progress records, shared by the property tests. */
import fc from 'fast-check';
import { MAX_LESSON_ID, PROGRESS_VERSION, type LessonProgress, type Progress } from './model';

const time = fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 });

export const lessonArbitrary: fc.Arbitrary<LessonProgress> = fc
  .record({
    completed: fc.boolean(),
    steps: fc.dictionary(fc.constantFrom('a', 'b', 'steps-1'), fc.uniqueArray(fc.nat({ max: 12 }), { maxLength: 6 })),
    quiz: fc.option(
      fc.record({
        best: fc.nat({ max: 6 }),
        total: fc.integer({ min: 1, max: 6 }),
        attempts: fc.integer({ min: 1, max: 9 }),
      }),
      { nil: undefined },
    ),
    exercises: fc.uniqueArray(fc.constantFrom('otp-pesan', 'ikd-aktivasi', 'situs-palsu'), { maxLength: 3 }),
    startedAt: time,
    age: fc.nat({ max: 10_000_000 }),
  })
  .map(({ completed, steps, quiz, exercises, startedAt, age }) => {
    const lesson: LessonProgress = {
      status: completed ? 'completed' : 'started',
      steps: Object.fromEntries(Object.entries(steps).map(([key, list]) => [key, [...list].sort((x, y) => x - y)])),
      exercises: [...exercises].sort(),
      startedAt,
      updatedAt: startedAt + age,
    };
    if (quiz) lesson.quiz = { ...quiz, best: Math.min(quiz.best, quiz.total) };
    if (completed) lesson.completedAt = startedAt + Math.floor(age / 2);
    return lesson;
  });

export const lessonId = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_LESSON_ID }) },
);

export const progressArbitrary: fc.Arbitrary<Progress> = fc
  .record({
    // Mostly the ids of a small catalogue, and some up to the highest id the schema allows.
    lessons: fc.dictionary(lessonId.map(String), lessonArbitrary, { maxKeys: 12 }),
    last: fc.option(fc.record({ lesson: fc.integer({ min: 1, max: 40 }), at: time }), { nil: undefined }),
  })
  .map(({ lessons, last }) => (last ? { v: PROGRESS_VERSION, lessons, last } : { v: PROGRESS_VERSION, lessons }));
