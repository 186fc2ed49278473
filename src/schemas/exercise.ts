/** Props of the practice components authors declare in MDX, checked at build time. */
import { z } from 'astro/zod';
import { RULES } from '../lib/simulator/rules';
import { slugSchema, strictObject } from './common';

export const simulatorFieldSchema = strictObject({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, { error: 'Use a short name such as "nik" or "email".' }),
  label: z.string().trim().min(1),
  rule: z.enum(RULES, { error: `Use one of: ${RULES.join(', ')}.` }),
  hint: z.string().trim().min(1).optional(),
  /** The one value the practice accepts (a practice OTP such as 123456). */
  expect: z.string().trim().min(1).optional(),
});

export const simulatorScreenSchema = strictObject({
  title: z.string().trim().min(1),
  intro: z.string().trim().min(1).optional(),
  fields: z.array(simulatorFieldSchema).default([]),
  /** Show a camera placeholder: practice never opens the camera. */
  selfie: z.boolean().default(false),
  submit: z.string().trim().min(1).optional(),
});

export const simulatorSchema = strictObject({
  id: slugSchema,
  title: z.string().trim().min(1),
  screens: z.array(simulatorScreenSchema).min(1),
  success: z.string().trim().min(1),
}).superRefine((sim, context) => {
  // Every screen is on the page at once, so a field's name is its element id.
  const seen = new Set<string>();
  sim.screens.forEach((screen, at) =>
    screen.fields.forEach((field, index) => {
      if (seen.has(field.name))
        context.addIssue({
          code: 'custom',
          path: ['screens', at, 'fields', index, 'name'],
          message: `"${field.name}" is already a field of this simulator. Give each field its own name, such as "${field.name}2".`,
        });
      seen.add(field.name);
    }),
  );
});
export type SimulatorData = z.infer<typeof simulatorSchema>;

export const drillMessageSchema = strictObject({
  channel: z.enum(['sms', 'whatsapp', 'email']),
  from: z.string().trim().min(1),
  text: z.string().trim().min(1),
  /** A file name shown as an attachment, e.g. "Undangan Pernikahan.apk". */
  attachment: z.string().trim().min(1).optional(),
  /** A link shown as text, never clickable, e.g. "bit.ly/hadiah-bansos". */
  link: z.string().trim().min(1).optional(),
  verdict: z.enum(['scam', 'safe'], { error: 'Use "scam" or "safe".' }),
  flags: z.array(z.string().trim().min(1)).default([]),
  explanation: z.string().trim().min(1),
});

export const scamDrillSchema = strictObject({
  id: slugSchema,
  messages: z.array(drillMessageSchema).min(2, { error: 'Give at least two messages to judge.' }),
});
export type ScamDrillData = z.infer<typeof scamDrillSchema>;
