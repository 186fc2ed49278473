import { describe, expect, it } from 'vitest';
import { formatIssues } from '../lib/content/format-issues';
import { createLessonSchema } from './lesson';

const schema = createLessonSchema(new Set(['iasc.ojk.go.id']));

const valid = {
  id: 6,
  title: 'Kode OTP Itu Rahasia',
  summary: 'Jangan bagikan kode OTP.',
  path: 'aman-digital',
  pillar: 'aman',
  level: 'dasar',
  minutes: 8,
  objectives: ['Menolak permintaan kode OTP.'],
  sources: [
    { title: 'IASC', url: 'https://iasc.ojk.go.id/Guest', kind: 'official' },
    { title: 'Berita', url: 'https://www.poskota.co.id/x', kind: 'news', publisher: 'Poskota', date: '2025-10-26' },
  ],
  verified: '2026-11-27',
  quiz: [
    {
      question: 'Siapa yang boleh tahu kode OTP Anda?',
      choices: [
        { text: 'Petugas bank', feedback: 'Bukan.' },
        { text: 'Hanya Anda', feedback: 'Benar.' },
      ],
      answer: 'Hanya Anda',
    },
  ],
};

function errorsOf(data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the lesson to be rejected');
  return formatIssues(result.error.issues);
}

describe('lesson schema', () => {
  it('accepts a complete lesson and fills the defaults', () => {
    const lesson = schema.parse(valid);
    expect(lesson.draft).toBe(false);
    expect(lesson.services).toEqual([]);
    expect(lesson.verified).toEqual(new Date('2026-11-27'));
  });

  it('rejects a misspelled field, naming it and the field meant', () => {
    const { title, ...rest } = valid;
    const errors = errorsOf({ ...rest, tittle: title });
    expect(errors).toContain('title:');
    expect(errors).toContain('Unknown field "tittle" Did you mean "title"?');
  });

  it('rejects an unknown pillar and level with the allowed values', () => {
    const errors = errorsOf({ ...valid, pillar: 'keamanan', level: 'mudah' });
    expect(errors).toContain('pillar: Use one of: cakap, etika, aman, budaya.');
    expect(errors).toContain('level: Use one of: dasar, menengah, lanjut.');
  });

  it('rejects a quiz answer that is not among the choices, listing the choices', () => {
    const errors = errorsOf({ ...valid, quiz: [{ ...valid.quiz[0], answer: 'Hanya saya' }] });
    expect(errors).toContain('quiz[0].answer: The answer "Hanya saya" is not one of the choices');
    expect(errors).toContain('"Petugas bank", "Hanya Anda"');
  });

  it('accepts several right answers when each is a choice', () => {
    const quiz = [{ ...valid.quiz[0], answer: ['Hanya Anda', 'Petugas bank'] }];
    expect(schema.safeParse({ ...valid, quiz }).success).toBe(true);
  });

  it('rejects a choice without feedback', () => {
    const quiz = [
      {
        ...valid.quiz[0],
        choices: [
          { text: 'A', feedback: '' },
          { text: 'Hanya Anda', feedback: 'Ya.' },
        ],
      },
    ];
    expect(errorsOf({ ...valid, quiz })).toContain(
      'quiz[0].choices[0].feedback: Say why this choice is right or wrong',
    );
  });

  it('rejects an "official" source off the official host list', () => {
    const sources = [{ title: 'Palsu', url: 'https://pkh3.online/daftar', kind: 'official' }];
    expect(errorsOf({ ...valid, sources })).toContain(
      'sources[0].url: This source is marked official but the host "pkh3.online"',
    );
  });

  it('rejects a news source without a publisher or with an http address', () => {
    const sources = [{ title: 'Berita', url: 'http://example.com/x', kind: 'news', date: '2025-01-01' }];
    const errors = errorsOf({ ...valid, sources });
    expect(errors).toContain('sources[0].url: Use an https:// address');
    expect(errors).toContain('sources[0].publisher');
  });

  it('rejects a missing or badly written date with the expected format', () => {
    expect(errorsOf({ ...valid, verified: 'kemarin' })).toContain('verified: Write the date as YYYY-MM-DD');
  });

  it('rejects an id that is not a positive whole number', () => {
    expect(errorsOf({ ...valid, id: 'otp' })).toContain('id: Give the lesson a whole-number id');
    expect(errorsOf({ ...valid, id: 0 })).toContain('id:');
  });
});
