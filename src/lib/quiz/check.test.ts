import { describe, expect, it } from 'vitest';
import { checkAnswer, toQuizItem } from './check';

const single = toQuizItem({
  question: 'Siapa yang boleh tahu kode OTP?',
  choices: [
    { text: 'Petugas bank', feedback: 'Bukan.' },
    { text: 'Hanya Anda', feedback: 'Benar.' },
  ],
  answer: 'Hanya Anda',
});
const multiple = toQuizItem({
  question: 'Mana alamat resmi?',
  choices: [
    { text: 'lapor.go.id', feedback: 'Resmi.' },
    { text: 'pkh3.online', feedback: 'Palsu.' },
    { text: 'cekrekening.id', feedback: 'Resmi.' },
  ],
  answer: ['lapor.go.id', 'cekrekening.id'],
});

describe('checkAnswer', () => {
  it('turns answer texts into choice indices', () => {
    expect(single.answers).toEqual([1]);
    expect(multiple.answers).toEqual([0, 2]);
  });

  it('accepts exactly the right choice', () => {
    expect(checkAnswer(single, [1])).toEqual({ correct: true, missed: [] });
    expect(checkAnswer(single, [0])).toEqual({ correct: false, missed: [1] });
  });

  it('treats no choice as not correct', () => {
    expect(checkAnswer(single, []).correct).toBe(false);
  });

  it('needs every right choice and no wrong one on multiple-answer questions', () => {
    expect(checkAnswer(multiple, [0, 2]).correct).toBe(true);
    expect(checkAnswer(multiple, [0])).toEqual({ correct: false, missed: [2] });
    expect(checkAnswer(multiple, [0, 1, 2])).toEqual({ correct: false, missed: [] });
  });
});
