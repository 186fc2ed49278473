// @vitest-environment happy-dom
import { fireEvent, screen as view } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from '../../client/storage/progress-store';
import { islandStrings, renderInLesson, startEachTestClean, withoutJavaScript } from '../../client/test-support';
import { screenSchema, tapPracticeSchema } from '../../schemas/screen';
import Screen from './Screen';
import TapPractice from './TapPractice';
import { defineTap } from './tap-element';
import type { ScreenStrings, TapStrings } from './strings';

const screenStrings = islandStrings<ScreenStrings>('screen');
const tapStrings = islandStrings<TapStrings>('tap');

const settings = screenSchema.parse({
  app: 'WhatsApp',
  tone: 'teal',
  caption: 'Halaman Setelan di WhatsApp',
  parts: [
    { kind: 'text', text: 'Setelan', size: 'title' },
    { kind: 'row', text: 'Akun', target: true },
  ],
});

const permission = tapPracticeSchema.parse({
  id: 'izin-sms',
  app: 'Senter Terang',
  caption: 'Permintaan izin (contoh)',
  question: 'Aplikasi senter meminta izin ini. Ketuk jawaban yang aman.',
  explanation: 'Senter tidak butuh SMS. Izin SMS bisa dipakai untuk mencuri kode OTP.',
  parts: [
    {
      kind: 'permission',
      text: 'Izinkan Senter Terang mengakses SMS?',
      choices: {
        allow: { feedback: 'Aplikasi senter tidak butuh SMS Anda.' },
        deny: { correct: true, feedback: 'Senter tetap menyala tanpa izin SMS.' },
      },
    },
  ],
});

describe('<Screen>', () => {
  it('is one picture with a text equivalent, the target ringed and numbered, and a caption', () => {
    const page = withoutJavaScript(<Screen screen={settings} strings={screenStrings} />);
    const picture = page.querySelector('[role="img"]')!;
    expect(picture.getAttribute('data-screen')).toBe('WhatsApp');
    expect(picture.getAttribute('aria-label')).toBe('Gambar layar WhatsApp: Setelan. Akun. Ketuk di sini: Akun.');
    expect(page.querySelector('.is-target')!.textContent).toBe('Akun1 Ketuk di sini');
    expect(page.querySelector('figcaption')!.textContent).toBe('Halaman Setelan di WhatsApp');
    expect(page.querySelector('.screen__bar')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('"Ketuk yang benar" without JavaScript', () => {
  it('shows the screen and the answer, explained, behind a disclosure', () => {
    const page = withoutJavaScript(
      <TapPractice practice={permission} screenStrings={screenStrings} strings={tapStrings} questionId="q" />,
    );
    expect(page.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).toBe('q');
    expect(page.querySelector('summary')!.textContent).toBe('Lihat jawaban');
    expect(page.querySelector('details p')!.textContent).toBe(`Jangan izinkan. ${permission.explanation}`);
  });
});

describe('<ld-tap>', () => {
  beforeAll(defineTap);
  startEachTestClean();

  it('says a wrong tap is wrong and why, then counts the right one as the practice done', () => {
    vi.useFakeTimers();
    renderInLesson(
      <TapPractice practice={permission} screenStrings={screenStrings} strings={tapStrings} questionId="q" />,
      9,
    );
    expect(view.queryByText('Lihat jawaban')).toBeNull();
    fireEvent.click(view.getByRole('button', { name: 'Izinkan' }));
    vi.runAllTimers();
    const live = view.getByRole('status');
    expect(live.textContent).toBe('✗ Belum tepat. Aplikasi senter tidak butuh SMS Anda. Coba ketuk yang lain.');
    expect(view.getByRole('button', { name: 'Izinkan' }).classList.contains('is-wrong')).toBe(true);
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();

    fireEvent.click(view.getByRole('button', { name: 'Jangan izinkan' }));
    vi.runAllTimers();
    expect(live.textContent).toContain('✓ Benar. Senter tetap menyala tanpa izin SMS.');
    expect(live.textContent).toContain(permission.explanation);
    expect(view.getByRole('button', { name: 'Izinkan' }).classList.contains('is-wrong')).toBe(false);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons['9'].exercises).toEqual(['izin-sms']);
    vi.useRealTimers();
  });
});
