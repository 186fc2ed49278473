// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { toQuizItem } from '../../lib/quiz/check';
import { PROGRESS_KEY } from '../../client/storage/progress-store';
import Quiz, { type QuizProps } from './Quiz';
import { defineQuiz } from './quiz-element';
import type { QuizStrings } from './strings';
import { islandStrings, renderInLesson, startEachTestClean, withoutJavaScript } from '../../client/test-support';

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

/** The server's markup, parsed into a lesson as a browser would, then enhanced by <ld-quiz>. */
function renderQuiz(props: Partial<QuizProps> = {}) {
  return renderInLesson(<Quiz items={items} strings={strings} idPrefix="q" {...props} />, 6);
}

beforeAll(defineQuiz);
startEachTestClean();

describe('the quiz without JavaScript', () => {
  it('is a paper quiz: choices to pick, each answer behind a disclosure, no check button', () => {
    const page = withoutJavaScript(<Quiz items={items} strings={strings} idPrefix="q" />);
    expect(page.querySelectorAll('input[type="radio"]')).toHaveLength(2);
    const answer = page.querySelector('details')!;
    expect(answer.querySelector('summary')!.textContent).toBe('Lihat jawaban');
    expect(answer.textContent).toContain('Jawaban benar: Hanya Anda');
    expect(answer.textContent).toContain('Petugas bank: Petugas bank asli tidak pernah meminta OTP.');
    expect(page.querySelector<HTMLElement>('.quiz-actions')!.hidden).toBe(true);
  });
});

describe('<ld-quiz>', () => {
  it('swaps the disclosures for a check button on each question', () => {
    renderQuiz();
    expect(document.querySelector('details')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Periksa jawaban' })).toHaveLength(2);
  });

  it('keeps the keyboard on the check button after a right answer, and clears the verdict on a new choice', () => {
    renderQuiz();
    fireEvent.click(screen.getByLabelText('Hanya Anda'));
    const check = screen.getAllByRole('button', { name: 'Periksa jawaban' })[0]!;
    check.focus();
    fireEvent.click(check);
    expect(check.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(check);
    expect(screen.getByText('✓ Benar')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Petugas bank'));
    expect(check.getAttribute('aria-disabled')).toBeNull();
    expect(screen.queryByText('✓ Benar')).toBeNull();
  });

  it('starts over on "Ulangi kuis" and saves the new attempt', async () => {
    renderQuiz();
    const answerAll = () => {
      const [first, second] = screen.getAllByRole('group') as [HTMLElement, HTMLElement];
      fireEvent.click(screen.getByLabelText('Petugas bank'));
      fireEvent.click(within(first).getByRole('button'));
      fireEvent.click(screen.getByLabelText('lapor.go.id'));
      fireEvent.click(screen.getByLabelText('cekrekening.id'));
      fireEvent.click(within(second).getByRole('button'));
    };
    answerAll();
    expect(await screen.findByText('Anda benar 1 dari 2 soal pada percobaan pertama.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi kuis' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Petugas bank'));
    expect((screen.getByLabelText('lapor.go.id') as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('button', { name: 'Ulangi kuis' })).toBeNull();
    answerAll();
    await screen.findByText('Anda benar 1 dari 2 soal pada percobaan pertama.');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons['6'].quiz).toMatchObject({ attempts: 2 });
  });

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

  it('scores first tries, keeps the best score in progress and completes the lesson when passed', async () => {
    renderQuiz();
    fireEvent.click(screen.getByLabelText('Hanya Anda'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[0]!);
    fireEvent.click(screen.getByLabelText('lapor.go.id'));
    fireEvent.click(screen.getByLabelText('cekrekening.id'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Periksa jawaban' })[1]!);
    expect(await screen.findByText('Anda benar 2 dari 2 soal pada percobaan pertama.')).toBeTruthy();
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

describe('<ld-quiz>, feedback that opens with its verdict', () => {
  const echoing = toQuizItem({
    question: 'Siapa yang boleh tahu kode OTP Anda?',
    choices: [
      { text: 'Petugas bank', feedback: 'Bukan. Petugas bank asli tidak pernah meminta OTP.' },
      { text: 'Hanya Anda', feedback: 'Benar. Kode OTP hanya untuk Anda.' },
      { text: 'Benarkah ada yang lain?', feedback: 'Benarkah? Tidak ada.' },
    ],
    answer: 'Hanya Anda',
  });

  it('does not say "Benar" twice, in the live region or beside the answer', () => {
    renderQuiz({ items: [echoing], inline: true });
    fireEvent.click(screen.getByLabelText('Hanya Anda'));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(screen.getByRole('status').textContent).toBe('Benar. Kode OTP hanya untuk Anda.');
    expect(document.querySelector('.quiz-feedback')!.textContent).toBe('✓ Benar. Kode OTP hanya untuk Anda.');
  });

  it('still gives the verdict when the feedback only starts with a longer word', () => {
    renderQuiz({ items: [echoing], inline: true });
    fireEvent.click(screen.getByLabelText('Benarkah ada yang lain?'));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(screen.getByRole('status').textContent).toBe('Belum tepat. Benarkah? Tidak ada.');
    expect(document.querySelector('.quiz-feedback')!.textContent).toBe('✗ Belum tepat Benarkah? Tidak ada.');
  });
});

describe('<ld-quiz>, multiple answers', () => {
  it('says a right answer is still missing when only some are chosen', () => {
    renderQuiz({ items: [items[1]!], inline: true });
    fireEvent.click(screen.getByLabelText('lapor.go.id'));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Belum tepat. Resmi. Masih ada jawaban benar yang belum Anda pilih.',
    );
  });
});
