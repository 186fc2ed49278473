// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toQuizItem } from '../../lib/quiz/check';
import { PROGRESS_KEY } from '../../client/progress-store';
import Quiz from './Quiz';
import type { QuizStrings } from './strings';
import { islandStrings } from '../test-strings';

const strings = islandStrings<QuizStrings>('quiz');

const items = [
  toQuizItem({
    question: 'Siapa yang boleh tahu kode OTP Anda?',
    choices: [
      { text: 'Petugas bank', feedback: 'Petugas bank asli tidak pernah meminta OTP.' },
      { text: 'Hanya Anda', feedback: 'Kode OTP hanya untuk Anda.' },
    ],
    answer: 'Hanya Anda',
  }),
  toQuizItem({
    question: 'Mana alamat resmi?',
    choices: [
      { text: 'lapor.go.id', feedback: 'Resmi.' },
      { text: 'pkh3.online', feedback: 'Tiruan.' },
      { text: 'cekrekening.id', feedback: 'Resmi, milik Komdigi.' },
    ],
    answer: ['lapor.go.id', 'cekrekening.id'],
  }),
];

function renderQuiz(props: Partial<Parameters<typeof Quiz>[0]> = {}) {
  const host = document.createElement('article');
  host.dataset['lessonId'] = '6';
  document.body.append(host);
  return render(<Quiz items={items} strings={strings} idPrefix="q" {...props} />, { container: host });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('Quiz island', () => {
  it('offers radio buttons for one answer and tick boxes for several', () => {
    renderQuiz();
    expect(screen.getByLabelText('Hanya Anda').getAttribute('type')).toBe('radio');
    expect(screen.getByLabelText('cekrekening.id').getAttribute('type')).toBe('checkbox');
    expect(screen.getByText('Pilih semua jawaban yang benar.')).toBeTruthy();
  });

  it('asks for a choice before checking', () => {
    renderQuiz();
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[0]!);
    expect(screen.getByText('Pilih jawaban dulu, lalu periksa.')).toBeTruthy();
  });

  it('explains a wrong answer in a live region, then lets the learner try again', () => {
    renderQuiz();
    fireEvent.click(screen.getByLabelText('Petugas bank'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[0]!);
    const live = screen.getAllByRole('status')[0]!;
    expect(live.textContent).toBe('Belum tepat. Petugas bank asli tidak pernah meminta OTP.');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    fireEvent.click(screen.getByLabelText('Hanya Anda'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[0]!);
    expect(screen.getAllByRole('status')[0]!.textContent).toBe('Benar. Kode OTP hanya untuk Anda.');
  });

  it('scores first tries, keeps the best score in progress and completes the lesson when passed', () => {
    renderQuiz();
    fireEvent.click(screen.getByLabelText('Hanya Anda'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[0]!);
    fireEvent.click(screen.getByLabelText('lapor.go.id'));
    fireEvent.click(screen.getByLabelText('cekrekening.id'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[1]!);
    expect(screen.getByText('Anda benar 2 dari 2 soal pada percobaan pertama.')).toBeTruthy();
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(saved.lessons['6']).toMatchObject({ status: 'completed', quiz: { best: 2, total: 2, attempts: 1 } });
  });

  it('saves nothing for an inline check', () => {
    renderQuiz({ items: [items[0]!], inline: true });
    fireEvent.click(screen.getByLabelText('Hanya Anda'));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(screen.queryByText(/Anda benar/)).toBeNull();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });
});

describe('Quiz island, multiple answers', () => {
  it('says a right answer is still missing when only some are chosen', () => {
    renderQuiz({ items: [items[1]!], inline: true });
    fireEvent.click(screen.getByLabelText('lapor.go.id'));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Belum tepat. Resmi. Masih ada jawaban benar yang belum Anda pilih.',
    );
  });
});
