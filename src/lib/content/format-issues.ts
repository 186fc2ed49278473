interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** "quiz[1].answer: message" lines, the shape authors see in build errors. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `  - ${fieldName(issue.path)}: ${issue.message}`).join('\n');
}

export function fieldName(pathParts: readonly PropertyKey[]): string {
  if (pathParts.length === 0) return '(file)';
  return pathParts
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
