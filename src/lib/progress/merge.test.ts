import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressArbitrary } from './arbitraries';
import { keepKnown, mergeProgress, previewMerge } from './merge';
import { completeLesson, emptyProgress, recordQuiz, tickStep } from './model';

describe('mergeProgress', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it('never loses a completed lesson, a ticked step or a finished exercise from either side', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const side of [a, b]) {
          for (const [id, lesson] of Object.entries(side.lessons)) {
            const result = merged.lessons[id]!;
            if (lesson.status === 'completed') expect(result.status).toBe('completed');
            for (const [list, ticked] of Object.entries(lesson.steps))
              expect(result.steps[list]).toEqual(expect.arrayContaining(ticked));
            expect(result.exercises).toEqual(expect.arrayContaining(lesson.exercises));
            expect(result.updatedAt).toBeGreaterThanOrEqual(lesson.updatedAt);
          }
        }
      }),
    );
  });

  it('is idempotent and has the empty record as identity', () => {
    fc.assert(
      fc.property(progressArbitrary, (a) => {
        const once = mergeProgress(a, emptyProgress());
        expect(mergeProgress(once, once)).toEqual(once);
        expect(mergeProgress(once, a)).toEqual(once);
      }),
    );
  });

  it('keeps the best quiz score and the earliest completion', () => {
    const phone = recordQuiz(emptyProgress(), 6, 3, 3, 100);
    const tablet = recordQuiz(recordQuiz(emptyProgress(), 6, 1, 3, 50), 6, 2, 3, 300);
    expect(mergeProgress(phone, tablet).lessons['6']).toMatchObject({
      status: 'completed',
      completedAt: 100,
      quiz: { best: 3, total: 3, attempts: 2 },
    });
  });
});

describe('previewMerge', () => {
  it('lists what an import would add before it is applied', () => {
    const current = tickStep(emptyProgress(), 6, 'a', 0, true, 10);
    const incoming = recordQuiz(completeLesson(tickStep(emptyProgress(), 16, 'a', 0, true, 5), 6, 20), 10, 1, 3, 30);
    expect(previewMerge(current, incoming)).toEqual({
      completed: [6],
      started: [10, 16],
      betterQuiz: [],
      morePractice: [],
      changes: true,
    });
  });

  it('says an older backup that only holds earlier times adds nothing', () => {
    const older = tickStep(emptyProgress(), 6, 'a', 0, true, 10);
    const current = completeLesson(
      tickStep(tickStep(emptyProgress(), 6, 'a', 0, true, 50), 6, 'a', 1, true, 60),
      6,
      70,
    );
    expect(previewMerge(current, older)).toMatchObject({ completed: [], started: [], changes: false });
  });

  it('never merges silently: a change a learner would see is always listed', () => {
    fc.assert(
      fc.property(progressArbitrary, progressArbitrary, (current, incoming) => {
        const seen = (p: typeof current) =>
          JSON.stringify(
            Object.entries(p.lessons)
              .map(([id, l]) => [id, l.status, l.steps, l.exercises, l.quiz?.best])
              .sort(),
          );
        if (seen(mergeProgress(current, incoming)) !== seen(mergeProgress(current, current)))
          expect(previewMerge(current, incoming).changes).toBe(true);
      }),
    );
  });

  it('says when an import changes nothing', () => {
    const current = completeLesson(emptyProgress(), 6, 10);
    expect(previewMerge(current, current).changes).toBe(false);
  });
});

describe('keepKnown', () => {
  it('sets aside lessons the catalogue does not have and counts them', () => {
    const progress = completeLesson(completeLesson(emptyProgress(), 6, 1), 70_000, 1);
    const { progress: kept, unknown } = keepKnown(progress, (id) => id < 100);
    expect(Object.keys(kept.lessons)).toEqual(['6']);
    expect(unknown).toBe(1);
  });
});
