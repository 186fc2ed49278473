import { describe, expect, it } from 'vitest';
import { checkLessonRules } from './lesson-rules';

const good = `---
title: Contoh
---

Kode OTP itu rahasia. Jangan bagikan kepada siapa pun.

<Steps>

1. Buka aplikasi.

</Steps>

<TrainerNote>

Minta peserta membuka aplikasi.

</TrainerNote>
`;

describe('checkLessonRules', () => {
  it('accepts a lesson with a quiz, practice, a trainer note, sources in order and short sentences', () => {
    expect(checkLessonRules({ quizLength: 3, sourceKinds: ['official', 'news'], text: good })).toEqual([]);
  });

  it('names each missing part with its fix', () => {
    const bare = '---\ntitle: x\n---\n\nKode OTP itu rahasia.\n';
    const problems = checkLessonRules({ quizLength: 2, sourceKinds: ['news', 'official'], text: bare });
    expect(problems.map((problem) => problem.field)).toEqual(['quiz', '(body)', '(body)', 'sources[1]']);
    expect(problems[0]!.fix).toBe('Add 1 more question to "quiz", each choice with its feedback.');
  });

  it('quotes a sentence that is too long', () => {
    const long = `${good}\n${Array.from({ length: 31 }, () => 'kata').join(' ')}.\n`;
    const [problem] = checkLessonRules({ quizLength: 3, sourceKinds: ['official'], text: long });
    expect(problem).toMatchObject({ field: '(body)', message: expect.stringContaining('A sentence has 31 words') });
  });
});
