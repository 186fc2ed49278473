/**
 * Content collections validate through here so that a schema slip reaches the author in the
 * build's one content-problem format (file, field, problem, fix), not as Astro's own error:
 * the entry is kept with its issues attached, and src/data/catalog.ts reports them with the file.
 */
import { z } from 'astro/zod';
import type { SchemaIssue } from '../lib/content/problem';

const ISSUES = '__schemaIssues';

export function lenient<Schema extends z.ZodType>(schema: Schema) {
  return z.unknown().transform(async (data): Promise<z.output<Schema>> => {
    const result = await schema.safeParseAsync(data);
    if (result.success) return result.data;
    const issues: SchemaIssue[] = result.error.issues.map(({ path, code, message }) => ({
      path,
      // zod says "expected string, received undefined" for a field left out.
      message: code === 'invalid_type' && message.endsWith('received undefined') ? 'This field is missing.' : message,
    }));
    return { ...(typeof data === 'object' && data !== null ? data : {}), [ISSUES]: issues } as z.output<Schema>;
  });
}

/** The issues of an entry that did not fit its schema; none for a valid one. */
export function schemaIssuesOf(data: unknown): SchemaIssue[] {
  const issues = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[ISSUES] : undefined;
  return Array.isArray(issues) ? (issues as SchemaIssue[]) : [];
}
