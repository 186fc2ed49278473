import { describe, expect, it } from 'vitest';
// Real schemas, so the tests pin what an author is shown, zod's own words included.
import { synonymsSchema } from '../../schemas/side-files';
import { quizQuestionSchema } from '../../schemas/lesson';
import { scamDrillSchema } from '../../schemas/exercise';
import { fieldName, formatProblems, problemHint, problemReport, problemsFromIssues, sentence } from './problem';

const lesson = 'content/lessons/id/kode-otp-rahasia.mdx';

describe('formatProblems', () => {
  it('prints each problem as file, field, problem and fix', () => {
    expect(
      formatProblems([
        { file: lesson, field: 'path', message: 'The path "aman-digitl" does not exist.', fix: 'Use aman-digital.' },
      ]),
    ).toMatchInlineSnapshot(`
      "content/lessons/id/kode-otp-rahasia.mdx
        field: path
        problem: The path "aman-digitl" does not exist.
        fix: Use aman-digital."
    `);
  });

  it('names the line beside the field, or alone, and the whole file when it knows neither', () => {
    expect(
      formatProblems([
        { file: lesson, field: '<Check> answer', line: 140, message: 'Not a choice.', fix: 'Copy a choice.' },
        { file: lesson, line: 12, message: '"Menurut berita" is research talk.', fix: 'Write the fact.' },
        { file: 'content/synonyms.yaml', message: 'The file cannot be read.', fix: 'Check the colons.' },
      ]),
    ).toMatchInlineSnapshot(`
      "content/lessons/id/kode-otp-rahasia.mdx
        field: <Check> answer, line 140
        problem: Not a choice.
        fix: Copy a choice.

      content/lessons/id/kode-otp-rahasia.mdx
        field: line 12
        problem: "Menurut berita" is research talk.
        fix: Write the fact.

      content/synonyms.yaml
        field: (file)
        problem: The file cannot be read.
        fix: Check the colons."
    `);
  });
});

describe('problemReport', () => {
  it('says what failed and how many problems there are, then lists them', () => {
    const problems = [
      { file: 'content/paths/aman-digital.yaml', field: 'lessons[1]', message: 'Unknown lesson.', fix: 'Fix it.' },
      { file: lesson, field: 'id', message: 'The id 6 is taken.', fix: 'Use 17.' },
    ];
    expect(problemReport('The lessons in content do not fit together', problems)).toMatchInlineSnapshot(`
      "The lessons in content do not fit together (2 problems):

      content/paths/aman-digital.yaml
        field: lessons[1]
        problem: Unknown lesson.
        fix: Fix it.

      content/lessons/id/kode-otp-rahasia.mdx
        field: id
        problem: The id 6 is taken.
        fix: Use 17."
    `);
    expect(problemReport('A content file is not valid', problems.slice(1))).toMatchInlineSnapshot(`
      "A content file is not valid (1 problem):

      content/lessons/id/kode-otp-rahasia.mdx
        field: id
        problem: The id 6 is taken.
        fix: Use 17."
    `);
  });
});

describe('problemHint', () => {
  it('is the fix when the problems share one, and a pointer to the fixes otherwise', () => {
    const problem = { file: lesson, message: 'Bad.', fix: 'Mend it.' };
    expect(problemHint([problem, { ...problem, field: 'title' }])).toBe('Mend it.');
    expect(problemHint([problem, { ...problem, fix: 'Mend it otherwise.' }])).toMatchInlineSnapshot(
      `"Each problem names the file, the field and the fix. Mend them and build again."`,
    );
  });
});

describe('problemsFromIssues', () => {
  it('names a side-file field by its path, and the whole file for a top-level slip', () => {
    const result = synonymsSchema.safeParse({ id: { 'ikd identitas kependudukan digital': 'ktp digital' }, jv: {} });
    const problems = problemsFromIssues(result.error!.issues, {
      file: 'content/synonyms.yaml',
      fix: 'Compare the field with the example in content/README.md, section 4.',
    });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/synonyms.yaml
        field: id.ikd identitas kependudukan digital
        problem: Invalid input: expected array, received string
        fix: Compare the field with the example in content/README.md, section 4.

      content/synonyms.yaml
        field: en
        problem: Invalid input: expected record, received undefined
        fix: Compare the field with the example in content/README.md, section 4.

      content/synonyms.yaml
        field: (file)
        problem: Unrecognized key: "jv"
        fix: Compare the field with the example in content/README.md, section 4."
    `);
  });

  it('puts the component before the prop, with the line of its tag', () => {
    const result = quizQuestionSchema.safeParse({
      question: 'Siapa yang boleh tahu kode OTP?',
      choices: [
        { text: 'Hanya Anda', feedback: 'Benar.' },
        { text: 'Petugas bank', feedback: '' },
      ],
      answer: 'Anda',
    });
    const problems = problemsFromIssues(result.error!.issues, {
      file: lesson,
      line: 140,
      prefix: '<Check>',
      fix: 'Compare it with the example of <Check> in content/README.md, section 3.',
    });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/lessons/id/kode-otp-rahasia.mdx
        field: <Check> choices[1].feedback, line 140
        problem: Say why this choice is right or wrong: learners learn from the reason.
        fix: Compare it with the example of <Check> in content/README.md, section 3.

      content/lessons/id/kode-otp-rahasia.mdx
        field: <Check> answer, line 140
        problem: The answer "Anda" is not one of the choices. Copy the exact text of the right choice; the choices are: "Hanya Anda", "Petugas bank".
        fix: Compare it with the example of <Check> in content/README.md, section 3."
    `);
  });

  it('names the component alone when the props as a whole are wrong', () => {
    const result = scamDrillSchema.safeParse({ id: 'otp-pesan', messages: [], extra: true });
    const problems = problemsFromIssues(result.error!.issues, { file: lesson, prefix: '<ScamDrill>', fix: 'See 3.' });
    expect(problems.map((problem) => problem.field)).toEqual(['<ScamDrill> messages', '<ScamDrill>']);
  });
});

describe('fieldName', () => {
  it('writes zod paths the way authors write them', () => {
    expect(fieldName(['screens', 1, 'fields', 0, 'name'])).toBe('screens[1].fields[0].name');
    expect(fieldName([])).toBe('(file)');
  });
});

describe('sentence', () => {
  it('capitalises a reason so it can stand alone', () => {
    expect(sentence('the host "pkh3.online" is not listed.')).toBe('The host "pkh3.online" is not listed.');
  });
});
