import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { throwContentProblems, type ContentProblemError } from './content-problems';

const problem = {
  file: 'content/lessons/id/kode-otp-rahasia.mdx',
  field: '<Check> answer',
  line: 140,
  message: 'The answer "Anda" is not one of the choices.',
  fix: 'Copy the exact text of the right choice.',
};

describe('throwContentProblems', () => {
  it('fails as an AstroError with the report as message, the fix as hint and the first place as location', () => {
    let thrown: unknown;
    try {
      throwContentProblems([problem, { ...problem, field: '<Check> question' }], '<Check> in a lesson is not valid');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AstroError);
    const error = thrown as ContentProblemError;
    expect(error.message).toMatchInlineSnapshot(`
      "<Check> in a lesson is not valid (2 problems):

      content/lessons/id/kode-otp-rahasia.mdx
        field: <Check> answer, line 140
        problem: The answer "Anda" is not one of the choices.
        fix: Copy the exact text of the right choice.

      content/lessons/id/kode-otp-rahasia.mdx
        field: <Check> question, line 140
        problem: The answer "Anda" is not one of the choices.
        fix: Copy the exact text of the right choice."
    `);
    expect(error.hint).toBe('Copy the exact text of the right choice.');
    expect(error.loc).toEqual({ file: problem.file, line: 140 });
    expect(error.problems).toHaveLength(2);
  });

  it('leaves the line out of the location when no check could tell it', () => {
    expect(() => throwContentProblems([{ ...problem, line: undefined }])).toThrow(
      expect.objectContaining({ loc: { file: problem.file } }) as Error,
    );
  });
});
