/**
 * An import file or a stored record is untrusted text. Whatever surrounds the valid lessons in
 * it (garbage entries, prototype keys, ids out of range), every valid lesson is kept as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonArbitrary, progressArbitrary } from './arbitraries';
import { MAX_LESSON_ID } from './model';
import { parseProgressText } from './parse';

const badKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', '0', '-1', '1.5', String(MAX_LESSON_ID + 1), '1e3', ' 6', '06'),
  fc.string({ maxLength: 8 }).filter((key) => !/^[1-9]\d{0,4}$/.test(key)),
);
const badValue = fc.oneof(
  fc.jsonValue(),
  lessonArbitrary.map((lesson) => ({ ...lesson, status: 'done' })),
);

describe('reading an import or a stored record', () => {
  it('keeps every valid lesson, whatever garbage sits beside it', () => {
    fc.assert(
      fc.property(progressArbitrary, fc.array(fc.tuple(badKey, badValue), { maxLength: 6 }), (progress, garbage) => {
        // Written by hand, so "__proto__" arrives as a plain key, as it would in a crafted file.
        const entries = [...Object.entries(progress.lessons), ...garbage.filter(([key]) => !(key in progress.lessons))];
        const lessons = entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',');
        const text = `{"v":2,"lessons":{${lessons}}${progress.last ? `,"last":${JSON.stringify(progress.last)}` : ''}}`;
        const result = parseProgressText(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.progress.lessons).toEqual(progress.lessons);
      }),
    );
  });

  it('keeps a lesson whose id is above 9999, as the schema allows', () => {
    const record = {
      v: 2,
      lessons: { '12345': { status: 'completed', steps: {}, exercises: [], startedAt: 1, updatedAt: 2 } },
    };
    const result = parseProgressText(JSON.stringify(record));
    expect(result.ok && Object.keys(result.progress.lessons)).toEqual(['12345']);
  });

  it('never pollutes a prototype', () => {
    const result = parseProgressText(
      '{"v":2,"lessons":{"__proto__":{"status":"completed","updatedAt":1}},"__proto__":{"x":1}}',
    );
    expect(result.ok && Object.keys(result.progress.lessons)).toEqual([]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
