import { describe, expect, it } from 'vitest';
import {
  completeLesson,
  emptyProgress,
  lessonProgress,
  quizPassed,
  recordExercise,
  recordQuiz,
  tickStep,
} from './model';
import fc from 'fast-check';
import { parseProgress, parseProgressText } from './parse';
import { progressArbitrary } from './arbitraries';

describe('progress model', () => {
  it('ticks and unticks steps, remembering the last lesson', () => {
    let progress = tickStep(emptyProgress(), 16, 'aktivasi', 2, true, 100);
    progress = tickStep(progress, 16, 'aktivasi', 0, true, 200);
    expect(lessonProgress(progress, 16)).toMatchObject({
      status: 'started',
      steps: { aktivasi: [0, 2] },
      updatedAt: 200,
    });
    progress = tickStep(progress, 16, 'aktivasi', 2, false, 300);
    expect(lessonProgress(progress, 16)?.steps['aktivasi']).toEqual([0]);
    expect(progress.last).toEqual({ lesson: 16, at: 300 });
  });

  it('keeps the best quiz score, counts attempts, and completes the lesson when passed', () => {
    let progress = recordQuiz(emptyProgress(), 6, 1, 3, 100);
    expect(lessonProgress(progress, 6)).toMatchObject({ status: 'started', quiz: { best: 1, total: 3, attempts: 1 } });
    progress = recordQuiz(progress, 6, 3, 3, 200);
    progress = recordQuiz(progress, 6, 0, 3, 300);
    expect(lessonProgress(progress, 6)).toMatchObject({
      status: 'completed',
      completedAt: 200,
      quiz: { best: 3, attempts: 3 },
    });
  });

  it('passes a quiz at two thirds', () => {
    expect(quizPassed(2, 3)).toBe(true);
    expect(quizPassed(2, 4)).toBe(false);
    expect(quizPassed(0, 0)).toBe(false);
  });

  it('never turns a completed lesson back into a started one', () => {
    let progress = completeLesson(emptyProgress(), 6, 100);
    progress = tickStep(progress, 6, 'a', 0, false, 200);
    progress = completeLesson(progress, 6, 300);
    expect(lessonProgress(progress, 6)).toMatchObject({ status: 'completed', completedAt: 100 });
  });

  it('records each exercise once', () => {
    let progress = recordExercise(emptyProgress(), 6, 'otp-drill', 1);
    progress = recordExercise(progress, 6, 'otp-drill', 2);
    expect(lessonProgress(progress, 6)?.exercises).toEqual(['otp-drill']);
  });
});

describe('parseProgress', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => void parseProgress(value)));
    fc.assert(fc.property(fc.string(), (text) => void parseProgressText(text)));
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseProgressText(JSON.stringify(value))));
  });

  it('reads back every record the model can write', () => {
    fc.assert(
      fc.property(progressArbitrary, (progress) => {
        expect(parseProgressText(JSON.stringify(progress))).toEqual({ ok: true, progress, dropped: 0 });
      }),
    );
  });

  it('migrates version 1 records, which had no start time', () => {
    const v1 = {
      v: 1,
      lessons: { '6': { status: 'completed', steps: {}, exercises: [], updatedAt: 50, completedAt: 40 } },
      last: { lesson: 6, at: 50 },
    };
    expect(parseProgress(v1)).toEqual({
      ok: true,
      dropped: 0,
      migratedFrom: 1,
      progress: {
        v: 2,
        lessons: {
          '6': { status: 'completed', steps: {}, exercises: [], startedAt: 40, updatedAt: 50, completedAt: 40 },
        },
        last: { lesson: 6, at: 50 },
      },
    });
  });

  it('reads back what the model writes', () => {
    const progress = recordQuiz(tickStep(emptyProgress(), 16, 'a', 1, true, 10), 6, 3, 3, 20);
    expect(parseProgressText(JSON.stringify(progress))).toEqual({ ok: true, progress, dropped: 0 });
  });

  it('says plainly what is wrong with data that is not progress', () => {
    expect(parseProgressText('{"v":1,')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseProgress(['a'])).toEqual({ ok: false, reason: 'not-ours' });
    expect(parseProgress({ theme: 'dark' })).toEqual({ ok: false, reason: 'not-ours' });
    expect(parseProgress({ v: 9, lessons: {} })).toEqual({
      ok: false,
      reason: 'newer-version',
      version: 9,
      progress: { v: 2, lessons: {} },
    });
  });

  it('keeps valid lessons and drops broken ones beside them', () => {
    const result = parseProgress({
      v: 2,
      lessons: {
        '6': { status: 'completed', updatedAt: 5, steps: { a: [2, 'x', 2, -1] } },
        '7': { status: 'odd' },
        abc: {},
      },
    });
    expect(result).toEqual({
      ok: true,
      dropped: 2,
      progress: {
        v: 2,
        lessons: {
          '6': { status: 'completed', startedAt: 5, updatedAt: 5, completedAt: 5, steps: { a: [2] }, exercises: [] },
        },
      },
    });
  });
});
