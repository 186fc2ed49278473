/**
 * One shape for every content problem the build finds (a schema slip, a cross-file reference,
 * a lesson rule, a link, a component prop, a side file) and one way to print it, so an author
 * reads them all alike: the file, where in it, what is wrong, and the fix.
 */
export interface ContentProblem {
  /** The file to mend, as the author finds it from the project folder. */
  file: string;
  /** Where in the file: a field (`quiz[1].answer`), a component prop (`<Check> answer`), `(body)`. */
  field?: string | undefined;
  /** The line in the file, when the check can tell. */
  line?: number | undefined;
  message: string;
  fix: string;
}

/** What a zod issue carries that an author needs; zod's own type is not imported so lib stays free of it. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A reason written to follow a colon ("the host … is not …"), as a sentence of its own. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `field, line 12`, `line 12`, `field` or `(file)`: the second line of a problem block. */
function placeOf(problem: ContentProblem): string {
  const line = problem.line === undefined ? undefined : `line ${problem.line}`;
  if (problem.field && line) return `${problem.field}, ${line}`;
  return problem.field ?? line ?? '(file)';
}

export function formatProblem(problem: ContentProblem): string {
  return [problem.file, `  field: ${placeOf(problem)}`, `  problem: ${problem.message}`, `  fix: ${problem.fix}`].join(
    '\n',
  );
}

/** Problem blocks separated by a blank line: the one text format of content errors. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(formatProblem).join('\n\n');
}

/** A build error's message: what failed, how many problems, then each of them. */
export function problemReport(summary: string, problems: readonly ContentProblem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${summary} (${count}):\n\n${formatProblems(problems)}`;
}

const GENERAL_HINT = 'Each problem names the file, the field and the fix. Mend them and build again.';

/** The fix when every problem shares one; otherwise a pointer to the fixes in the report. */
export function problemHint(problems: readonly ContentProblem[]): string {
  const fixes = new Set(problems.map((problem) => problem.fix));
  return fixes.size === 1 ? [...fixes][0]! : GENERAL_HINT;
}

/** `quiz[1].answer` from zod's path `['quiz', 1, 'answer']`; `(file)` for the whole file. */
export function fieldName(pathParts: readonly PropertyKey[]): string {
  if (pathParts.length === 0) return '(file)';
  return pathParts
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export interface IssueContext {
  file: string;
  /** What to do about any of these issues; zod's message says what is wrong. */
  fix: string;
  /** Put before the field, e.g. `<Simulator>` gives `<Simulator> screens[2].fields`. */
  prefix?: string | undefined;
  line?: number | undefined;
}

/** The one conversion from zod issues to content problems. */
export function problemsFromIssues(issues: readonly SchemaIssue[], context: IssueContext): ContentProblem[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    const place = context.prefix ? (issue.path.length > 0 ? `${context.prefix} ${field}` : context.prefix) : field;
    return {
      file: context.file,
      field: place,
      ...(context.line !== undefined && { line: context.line }),
      message: issue.message,
      fix: context.fix,
    };
  });
}
