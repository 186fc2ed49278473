import { describe, expect, it } from 'vitest';
import { proseOf, readability, wordCount } from './readability';

const lesson = `---
title: Contoh
quiz:
  - question: Pertanyaan panjang yang tidak dihitung sebagai prosa pelajaran sama sekali?
---

Kode OTP itu rahasia. Jangan bagikan kepada siapa pun!

## Langkah aman

<Steps>

1. Buka **WhatsApp**.
2. Ketuk [Setelan](/pelajaran/x/).

</Steps>

<Simulator id="x" screens={[{ title: 'Layar dengan kalimat yang sangat panjang sekali dan tidak dihitung', fields: [] }]} success="Selesai." />

<Tip>Pakai \`kode\` rahasia yang sulit ditebak orang lain.</Tip>
`;

describe('readability', () => {
  it('keeps prose and steps, and leaves out frontmatter, headings and component props', () => {
    expect(proseOf(lesson)).toEqual([
      'Kode OTP itu rahasia.',
      'Jangan bagikan kepada siapa pun!',
      'Buka WhatsApp.',
      'Ketuk Setelan.',
      'Pakai kode rahasia yang sulit ditebak orang lain.',
    ]);
  });

  it('measures the average and the longest sentence', () => {
    const figures = readability(lesson);
    expect(figures.sentences).toBe(5);
    expect(figures.longest).toBe(8);
    expect(figures.longestSentence).toBe('Pakai kode rahasia yang sulit ditebak orang lain.');
    expect(figures.average).toBeCloseTo(21 / 5);
  });

  it('counts words, not punctuation', () => {
    expect(wordCount('Rp100.000 — gratis, ya!')).toBe(3);
  });
});
