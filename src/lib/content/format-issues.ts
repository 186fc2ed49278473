import { problemsFromIssues, type SchemaIssue } from './problem';

/**
 * "  - quiz[1].answer: message" lines: a compact listing of schema issues for schema tests.
 * The build itself prints problems with formatProblems (./problem.ts).
 */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return problemsFromIssues(issues, { file: '', fix: '' })
    .map((problem) => `  - ${problem.field}: ${problem.message}`)
    .join('\n');
}
