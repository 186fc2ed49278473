/**
 * A drawn phone screen (<Screen>) and the "Ketuk yang benar" practice (<TapPractice>), as authors
 * describe them in MDX: a list of parts, each one of a few kinds, drawn in HTML and CSS.
 */
import { z } from 'astro/zod';
import { slugSchema, strictObject } from './common';

const text = z.string().trim().min(1);
export const SCREEN_TONES = ['grey', 'green', 'teal', 'blue', 'navy', 'red', 'orange', 'purple'] as const;
/** In a practice, a part the learner may tap, and what they are told when they do. */
export const choiceSchema = strictObject({
  correct: z.literal(true).optional(),
  feedback: text,
});

const PARTS = {
  text: { text, size: z.enum(['title', 'body', 'small']).default('body') },
  row: { text, detail: text.optional() },
  field: { label: text, value: text.optional() },
  button: { text, style: z.enum(['primary', 'plain']).default('primary') },
  tabs: { items: z.array(text).min(2).max(4), selected: z.number().int().min(0).default(0) },
  nav: { items: z.array(text).min(2).max(5), selected: z.number().int().min(0).default(0) },
  /** Android's permission prompt: "Izinkan X mengakses SMS?" with its two answers. */
  permission: { text, allow: text.optional(), deny: text.optional() },
  /** An app-store listing: the name, the publisher line, and Install. */
  listing: { name: text, publisher: text, button: text.optional() },
  /** A chat bubble, with a link or a file as a scam would send it. */
  chat: { from: text.optional(), text, link: text.optional(), file: text.optional(), mine: z.boolean().default(false) },
  sms: { from: text, text, link: text.optional() },
  /** The browser's address bar, showing the host. */
  address: { host: text, path: z.string().trim().optional() },
} as const;
export const PART_KINDS = Object.keys(PARTS) as (keyof typeof PARTS)[];

/** One schema per kind, each with the same extra props (a target, or a practice choice). */
function partSchema<Extra extends z.ZodRawShape>(extra: Extra) {
  const kind = <K extends keyof typeof PARTS>(name: K) =>
    strictObject({ kind: z.literal(name), ...PARTS[name], ...extra });
  return z.discriminatedUnion(
    'kind',
    [
      kind('text'),
      kind('row'),
      kind('field'),
      kind('button'),
      kind('tabs'),
      kind('nav'),
      kind('permission'),
      kind('listing'),
      kind('chat'),
      kind('sms'),
      kind('address'),
    ],
    { error: `Give each part a kind: one of ${PART_KINDS.join(', ')}.` },
  );
}

/** The part a learner should tap: `true`, or in a permission prompt or a listing, which of its two. */
const targetSchema = z.union([z.literal(true), z.enum(['allow', 'deny', 'install', 'publisher'])]).optional();
const TWO_TARGETS: Partial<Record<string, readonly string[]>> = {
  permission: ['allow', 'deny'],
  listing: ['install', 'publisher'],
};

const appSchema = {
  /** The app this screen shows, in the app bar and as `data-screen`. */
  app: text,
  /** The app bar's colour, from a palette that keeps white text readable (screen.css). */
  tone: z.enum(SCREEN_TONES, { error: `Use one of: ${SCREEN_TONES.join(', ')}.` }).default('grey'),
  /** Names the screen under the picture: "Halaman Akun di WhatsApp". */
  caption: text,
  /** Hide the app bar: the store and browser screens draw their own. */
  bar: z.boolean().default(true),
};

export const screenSchema = strictObject({
  ...appSchema,
  parts: z.array(partSchema({ target: targetSchema })).min(1, { error: 'Describe at least one part of the screen.' }),
  /** The words of the numbered callout by the target; "Ketuk di sini" by default. */
  callout: text.optional(),
}).superRefine((screen, context) => {
  screen.parts.forEach((part, index) => {
    const allowed = TWO_TARGETS[part.kind];
    if (part.target === undefined || (allowed ? allowed.includes(String(part.target)) : part.target === true)) return;
    context.addIssue({
      code: 'custom',
      path: ['parts', index, 'target'],
      message: allowed
        ? `In a ${part.kind}, write target: '${allowed[0]}' or target: '${allowed[1]}'.`
        : 'Write target: true on the part to tap.',
    });
  });
  const targets = screen.parts.flatMap((part, index) => (part.target ? [index] : []));
  if (targets.length !== 1)
    context.addIssue({
      code: 'custom',
      path: ['parts'],
      message:
        targets.length === 0
          ? 'No part is marked as the place to tap.'
          : `Parts ${targets.join(' and ')} are all marked as the place to tap; a screen shows one.`,
    });
});
export type ScreenData = z.infer<typeof screenSchema>;
export type ScreenPart = ScreenData['parts'][number];

export const tapPracticeSchema = strictObject({
  id: slugSchema,
  ...appSchema,
  /** What the learner should find: "Ketuk aplikasi IKD yang asli." */
  question: text,
  parts: z
    .array(
      partSchema({
        choice: choiceSchema.optional(),
        /** In a permission prompt, a choice for each of its two buttons. */
        choices: strictObject({ allow: choiceSchema, deny: choiceSchema }).optional(),
      }),
    )
    .min(1),
  /** Why the right answer is right, shown after an answer and without JavaScript. */
  explanation: text,
}).superRefine((practice, context) => {
  practice.parts.forEach((part, index) => {
    if (part.choices && part.kind !== 'permission')
      context.addIssue({
        code: 'custom',
        path: ['parts', index, 'choices'],
        message: 'Only a permission prompt has two choices; give this part one choice: { … }.',
      });
  });
  const choices = tapChoices(practice);
  const right = choices.filter((choice) => choice.correct);
  if (choices.length < 2 || right.length !== 1)
    context.addIssue({
      code: 'custom',
      path: ['parts'],
      message: `Give at least two parts a choice, and mark exactly one of them correct: true (found ${choices.length} choices, ${right.length} correct).`,
    });
});
export type TapPracticeData = z.infer<typeof tapPracticeSchema>;

/** Every choice of a practice in reading order, a permission prompt's two included. */
export function tapChoices(practice: {
  parts: { choice?: Choice | undefined; choices?: { allow: Choice; deny: Choice } | undefined }[];
}): Choice[] {
  return practice.parts.flatMap((part) =>
    part.choices ? [part.choices.allow, part.choices.deny] : part.choice ? [part.choice] : [],
  );
}
type Choice = z.infer<typeof choiceSchema>;
