import { z } from 'astro/zod';
import { dateSchema, slugSchema, strictObject } from './common';
import { checkOfficialSources, sourceSchema } from './source';
import { MAX_LESSON_ID } from '../lib/progress/model';

export const PILLARS = ['cakap', 'etika', 'aman', 'budaya'] as const;
export const LEVELS = ['dasar', 'menengah', 'lanjut'] as const;

const choiceSchema = strictObject({
  text: z.string().trim().min(1, { error: 'Write the text of the choice.' }),
  feedback: z
    .string()
    .trim()
    .min(1, { error: 'Say why this choice is right or wrong: learners learn from the reason.' }),
});

export const quizQuestionSchema = strictObject({
  question: z.string().trim().min(1, { error: 'Write the question.' }),
  choices: z.array(choiceSchema).min(2, { error: 'Give at least two choices.' }).max(6, {
    error: 'Give at most six choices: more is hard to read on a small screen.',
  }),
  /** The exact text of the right choice, or a list of texts when several are right. */
  answer: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]),
}).superRefine((question, context) => {
  const texts = question.choices.map((choice) => choice.text);
  const duplicates = texts.filter((text, index) => texts.indexOf(text) !== index);
  for (const text of new Set(duplicates)) {
    context.addIssue({
      code: 'custom',
      path: ['choices'],
      message: `The choice "${text}" appears twice. Give every choice its own text.`,
    });
  }
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  for (const answer of answers) {
    if (!texts.includes(answer)) {
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `The answer "${answer}" is not one of the choices. Copy the exact text of the right choice; the choices are: ${texts.map((text) => `"${text}"`).join(', ')}.`,
      });
    }
  }
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/**
 * The lesson frontmatter. It needs the official host list so that a source marked
 * official really is on an official host.
 */
export function createLessonSchema(officialHosts: ReadonlySet<string>) {
  return strictObject({
    id: z
      .number({ error: 'Give the lesson a whole-number id, for example "id: 6". It must never change.' })
      .int()
      .positive()
      .max(MAX_LESSON_ID, {
        error:
          'Lesson ids go up to 65535. Use the next unused id: completion codes grow with the highest id completed.',
      }),
    title: z.string().trim().min(1).max(80, { error: 'Keep the title under 80 characters.' }),
    summary: z
      .string()
      .trim()
      .min(1)
      .max(240, { error: 'Keep the summary to one or two short sentences (under 240 characters).' }),
    path: slugSchema,
    pillar: z.enum(PILLARS, { error: `Use one of: ${PILLARS.join(', ')}.` }),
    services: z.array(slugSchema).default([]),
    level: z.enum(LEVELS, { error: `Use one of: ${LEVELS.join(', ')}.` }),
    minutes: z.number({ error: 'Give the minutes a learner needs, as a number.' }).int().min(1).max(120),
    objectives: z.array(z.string().trim().min(1)).min(1, { error: 'List at least one objective.' }),
    prerequisites: z.array(slugSchema).default([]),
    sources: z.array(sourceSchema).min(1, { error: 'Cite at least one source.' }),
    verified: dateSchema,
    quiz: z.array(quizQuestionSchema).default([]),
    draft: z.boolean().default(false),
  }).superRefine((lesson, context) => checkOfficialSources(lesson.sources, officialHosts, context, []));
}
export type LessonData = z.infer<ReturnType<typeof createLessonSchema>>;
