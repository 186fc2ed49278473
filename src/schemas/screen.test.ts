import { describe, expect, it } from 'vitest';
import { formatIssues } from '../lib/content/format-issues';
import { screenSchema, tapPracticeSchema } from './screen';

const screen = (parts: object[]) => ({ app: 'WhatsApp', caption: 'Halaman Setelan', parts });
const problems = (result: { success: boolean; error?: { issues: never[] } }) =>
  result.success ? '' : formatIssues(result.error!.issues);

describe('<Screen> props', () => {
  it('accepts a screen with one target and fills in the defaults', () => {
    const parsed = screenSchema.parse(
      screen([
        { kind: 'text', text: 'Setelan' },
        { kind: 'row', text: 'Akun', target: true },
      ]),
    );
    expect(parsed.tone).toBe('grey');
    expect(parsed.bar).toBe(true);
    expect(parsed.parts[0]).toMatchObject({ kind: 'text', size: 'body' });
  });

  it('names an unknown kind of part and lists the kinds there are', () => {
    const message = problems(screenSchema.safeParse(screen([{ kind: 'slider', target: true }])) as never);
    expect(message).toContain('parts[0]');
    expect(message).toContain('one of text, row, field, button, tabs, nav, permission, listing, chat, sms, address');
  });

  it('asks for the place to tap when no part is marked, and refuses two', () => {
    expect(problems(screenSchema.safeParse(screen([{ kind: 'row', text: 'Akun' }])) as never)).toContain(
      'No part is marked as the place to tap.',
    );
    const two = screen([
      { kind: 'row', text: 'Akun', target: true },
      { kind: 'row', text: 'Privasi', target: true },
    ]);
    expect(problems(screenSchema.safeParse(two) as never)).toContain('Parts 0 and 1 are all marked');
  });

  it('says which of a permission prompt’s buttons a target may name', () => {
    const wrong = screen([{ kind: 'permission', text: 'Izinkan Senter mengakses SMS?', target: true }]);
    expect(problems(screenSchema.safeParse(wrong) as never)).toContain("write target: 'allow' or target: 'deny'");
    const right = screen([{ kind: 'permission', text: 'Izinkan Senter mengakses SMS?', target: 'deny' }]);
    expect(screenSchema.safeParse(right).success).toBe(true);
  });

  it('catches a misspelt field with its fix and a colour outside the palette', () => {
    const message = problems(
      screenSchema.safeParse({ ...screen([{ kind: 'row', txt: 'Akun', target: true }]), tone: 'pink' }) as never,
    );
    expect(message).toContain('Unknown field "txt"');
    expect(message).toContain('Use one of: grey, green');
  });
});

describe('<TapPractice> props', () => {
  const practice = (parts: object[]) => ({
    id: 'ikd-asli',
    app: 'Play Store',
    caption: 'Hasil pencarian',
    question: 'Ketuk aplikasi yang asli.',
    explanation: 'Penerbitnya Kementerian Dalam Negeri.',
    parts,
  });
  const listing = (name: string, correct?: true) => ({
    kind: 'listing',
    name,
    publisher: 'Penerbit',
    choice: { feedback: 'Alasannya.', ...(correct ? { correct } : {}) },
  });

  it('needs two choices and exactly one correct', () => {
    expect(tapPracticeSchema.safeParse(practice([listing('A', true), listing('B')])).success).toBe(true);
    expect(problems(tapPracticeSchema.safeParse(practice([listing('A', true)])) as never)).toContain('found 1 choices');
    expect(problems(tapPracticeSchema.safeParse(practice([listing('A'), listing('B')])) as never)).toContain(
      '0 correct',
    );
  });

  it('lets a permission prompt carry a choice for each of its buttons, and no other part', () => {
    const prompt = {
      kind: 'permission',
      text: 'Izinkan Senter mengakses SMS?',
      choices: { allow: { feedback: 'Jangan.' }, deny: { correct: true, feedback: 'Tepat.' } },
    };
    expect(tapPracticeSchema.safeParse(practice([prompt])).success).toBe(true);
    const row = { kind: 'row', text: 'Akun', choices: prompt.choices };
    expect(problems(tapPracticeSchema.safeParse(practice([row, listing('B')])) as never)).toContain(
      'Only a permission prompt has two choices',
    );
  });
});
