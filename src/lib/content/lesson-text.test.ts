import { describe, expect, it } from 'vitest';
import { bodyWithFileLines, checkLessonText, learnerText } from './lesson-text';
import { findPracticeData, normalisePhone } from './practice-data';
import { findResearchTalk } from './research-talk';

const lists = {
  officialHosts: new Set(['pajak.go.id']),
  officialNumbers: new Set(['08118165165']),
  officialNumbersFile: 'content/official-numbers.yaml',
};

const lesson = `---
title: Contoh
sources:
  - title: Berita Februari 2025 tentang CKG
    url: https://www.example.com/menurut-sumber
    kind: news
verified: 2026-12-01
quiz:
  - question: Menurut sumber yang ada, kapan?
---

CKG bisa dilakukan kapan saja.
Satu sumber menyebut kuotanya 30 orang.
`;

describe('research talk', () => {
  it('finds talk about sources and review dates in Indonesian and English, with the line', () => {
    expect(findResearchTalk('Menurut berita Februari 2025, kuotanya 30.\nCukup.\n(ditinjau 27 November 2026)')).toEqual(
      [
        expect.objectContaining({ line: 1, phrase: 'Menurut berita' }),
        expect.objectContaining({ line: 3, phrase: 'ditinjau' }),
      ],
    );
    expect(findResearchTalk('According to a news report, sources differ. One source says no.')).toHaveLength(3);
  });

  it('leaves plain facts and media-literacy advice alone', () => {
    const plain = [
      'CKG bisa dilakukan sekali setahun.',
      'Bandingkan dengan sumber lain sebelum berbagi.',
      'Berlaku sejak 1 Maret 2025.',
      'Check the source of a message before you share it.',
    ];
    expect(plain.flatMap(findResearchTalk)).toEqual([]);
  });
});

describe('practice data', () => {
  it('rejects a NIK with a real region code and accepts one that starts with 99', () => {
    expect(
      findPracticeData('NIK 6408010101900001 dan 9900000101900001', lists.officialHosts, lists.officialNumbers),
    ).toEqual([{ line: 1, kind: 'nik', value: '6408010101900001' }]);
  });

  it('accepts masked and official mobile numbers, rejects the rest', () => {
    const text = 'Dari +62 812-0000-1111, 0812-xxxx-1111, 0811-8165-165 atau +62 811 8165 165.';
    expect(findPracticeData(text, lists.officialHosts, lists.officialNumbers)).toEqual([
      { line: 1, kind: 'phone', value: '+62 812-0000-1111' },
    ]);
    expect(normalisePhone('+62 811-8165-165')).toBe('08118165165');
  });

  it('accepts reserved and official email domains only', () => {
    const text = 'sari@example.com budi@toko.test a@pajak-online.example noreply@pajak.go.id sari@contoh.id';
    expect(findPracticeData(text, lists.officialHosts, lists.officialNumbers)).toEqual([
      { line: 1, kind: 'email', value: 'sari@contoh.id' },
    ]);
  });
});

describe('checkLessonText', () => {
  it('reads everything a learner reads but the sources list', () => {
    expect(learnerText(lesson).split('\n')[3]).toBe('');
    const problems = checkLessonText('content/lessons/id/contoh.mdx', lesson, lists);
    expect(problems.map((problem) => problem.line)).toEqual([9, 13]);
    expect(problems[0]).toEqual({
      file: 'content/lessons/id/contoh.mdx',
      line: 9,
      message: '"Menurut sumber" is research talk: a learner cannot act on what a source says or when it was read.',
      fix: 'Tulis faktanya langsung ("CKG bisa dilakukan sekali setahun."), atau katakan di mana memastikannya ("Pastikan di puskesmas."). Sources go in "sources".',
    });
  });

  it('names the practice-data fix', () => {
    const [problem] = checkLessonText('x.mdx', 'Ketik sari@contoh.id.', lists);
    expect(problem).toMatchObject({ line: 1, fix: expect.stringContaining('sari@example.com') });
  });
});

describe('the body as the MDX compiler reads it', () => {
  it('keeps every line where it is in the file, the frontmatter left as empty lines', () => {
    const body = bodyWithFileLines(lesson);
    const lines = body.split('\n');
    const first = lesson.split('\n').indexOf('CKG bisa dilakukan kapan saja.');
    expect(first).toBe(11);
    expect(lines.slice(0, first).every((line) => line === '')).toBe(true);
    expect(lines.slice(first)).toEqual(lesson.split('\n').slice(first));
  });

  it('reads Windows line ends, an empty frontmatter and a file without one', () => {
    expect(bodyWithFileLines('---\r\ntitle: A\r\n---\r\nTeks')).toBe('\n\n\r\nTeks');
    expect(bodyWithFileLines('---\n---\nTeks')).toBe('\n\nTeks');
    expect(bodyWithFileLines('Teks\n---\nlagi')).toBe('Teks\n---\nlagi');
  });
});
