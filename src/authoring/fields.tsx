/** @jsxImportSource react */
/**
 * The two editor fields Keystatic has no kind for. Each keeps the lesson file in the shape the
 * build reads, and checks the value with the build's own zod schema, so the editor and the build
 * never disagree about what is valid.
 */
import { useState } from 'react';
import { TextArea } from '@keystar/ui/text-field';
import type { BasicFormField, FormFieldStoredValue } from '@keystatic/core';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';

type ListCheck = (data: unknown) => readonly { path: readonly PropertyKey[]; message: string }[];

/**
 * Checks `key` of a component with the component's whole schema, the other props filled in,
 * so rules about the list as a whole (one place to tap on a screen) are checked too.
 */
export function checkAsPropOf(schema: z.ZodType, key: string, others: Record<string, unknown>): ListCheck {
  return (data) => {
    const result = schema.safeParse({ ...others, [key]: data });
    if (result.success) return [];
    return result.error.issues
      .filter((issue) => issue.path[0] === key)
      .map((issue) => ({ path: issue.path.slice(1), message: issue.message }));
  };
}

/** Thrown by validate(); Keystatic keeps the form open and the field shows its own message. */
class FieldError extends Error {}

function textArea<Value extends string>(
  label: string,
  description: string,
  problem: (value: Value) => string | undefined,
): BasicFormField<Value>['Input'] {
  return function Input({ value, onChange, autoFocus, forceValidation }) {
    const [blurred, setBlurred] = useState(false);
    return (
      <TextArea
        label={label}
        description={description}
        autoFocus={autoFocus}
        value={value}
        onChange={(next) => onChange(next as Value)}
        onBlur={() => setBlurred(true)}
        isRequired
        errorMessage={forceValidation || blurred ? problem(value) : undefined}
      />
    );
  };
}

const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A quiz answer: one line is one right choice, several lines are a question with several right choices. */
export function answerField(label = 'Jawaban yang benar'): BasicFormField<string> {
  const problem = (value: string) =>
    lines(value).length === 0 ? 'Tulis jawaban yang benar: salin teks pilihan yang benar.' : undefined;
  const read = (stored: FormFieldStoredValue): string =>
    Array.isArray(stored) ? stored.join('\n') : typeof stored === 'string' ? stored : '';
  return {
    kind: 'form',
    label,
    Input: textArea(
      label,
      'Salin teks pilihan yang benar. Jika ada beberapa jawaban benar, tulis satu per baris.',
      problem,
    ),
    defaultValue: () => '',
    parse: read,
    serialize(value) {
      const answers = lines(value);
      return { value: answers.length === 0 ? undefined : answers.length === 1 ? answers[0] : answers };
    },
    validate(value) {
      const message = problem(value);
      if (message) throw new FieldError(message);
      return value;
    },
    reader: { parse: read },
  };
}

/**
 * A list edited as YAML text, checked with the build's schema for it: the parts of a drawn
 * screen, whose items are of many kinds (a text, a button, a chat bubble…) that a form cannot show.
 */
export function yamlListField(label: string, description: string, check: ListCheck): BasicFormField<string> {
  const problem = (value: string): string | undefined => {
    let data: unknown;
    try {
      data = parse(value);
    } catch (error) {
      return `Penulisan YAML belum benar: ${(error as Error).message.split('\n')[0]}`;
    }
    const issues = check(data);
    if (issues.length === 0) return undefined;
    return issues
      .map(
        (issue) =>
          `${issue.path.length ? `Bagian ${issue.path.map((at) => (typeof at === 'number' ? at + 1 : String(at))).join(' › ')}: ` : ''}${issue.message}`,
      )
      .join('\n');
  };
  const read = (stored: FormFieldStoredValue): string =>
    stored === undefined ? '' : stringify(stored, { lineWidth: 0 });
  return {
    kind: 'form',
    label,
    Input: textArea(label, description, problem),
    defaultValue: () => '',
    parse: read,
    serialize: (value) => ({ value: problem(value) ? undefined : (parse(value) as FormFieldStoredValue) }),
    validate(value) {
      const message = problem(value);
      if (message) throw new FieldError(message);
      return value;
    },
    reader: { parse: read },
  };
}
