/**
 * GLUE: the one way a content problem stops the build. Cross-checks, lesson rules, side files,
 * the link check and author components all throw through here, so an author sees one format
 * whatever found the problem, with the fix as Astro's hint.
 */
import { AstroError } from 'astro/errors';
import { problemHint, problemReport, type ContentProblem } from '../lib/content/problem';

/** Where Astro's CLI looks for an error's place: it prints `loc` under "Location". */
interface ErrorLocation {
  file: string;
  line?: number;
}

export class ContentProblemError extends AstroError {
  // Astro's public AstroError takes no location, but its error printer reads this property.
  loc: ErrorLocation;
  readonly problems: readonly ContentProblem[];

  constructor(summary: string, problems: readonly ContentProblem[]) {
    super(problemReport(summary, problems), problemHint(problems));
    const [first] = problems;
    this.loc = { file: first?.file ?? '', ...(first?.line !== undefined && { line: first.line }) };
    this.problems = problems;
  }
}

const DEFAULT_SUMMARY = 'The content has problems';

/** Fails the build with every problem found, in the format of every other content error. */
export function throwContentProblems(problems: readonly ContentProblem[], summary = DEFAULT_SUMMARY): never {
  throw new ContentProblemError(summary, problems);
}
