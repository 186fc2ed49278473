// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../client/storage/progress-store';
import { scamDrillSchema } from '../../schemas/exercise';
import { islandStrings, renderInLesson, startEachTestClean, withoutJavaScript } from '../../client/test-support';
import ScamDrill from './ScamDrill';
import { defineDrill } from './drill-element';
import type { DrillStrings } from './strings';

const drill = scamDrillSchema.parse({
  id: 'otp-pesan',
  messages: [
    {
      channel: 'whatsapp',
      from: '+62 812-0000-1111',
      text: 'Tolong kirim kode OTP yang salah kirim ke nomor Anda.',
      verdict: 'scam',
      flags: ['Meminta kode OTP'],
      explanation: 'Kode OTP hanya untuk Anda.',
    },
    {
      channel: 'sms',
      from: 'KURIR',
      text: 'Paket Anda tertahan, lihat fotonya.',
      attachment: 'Foto Paket.apk',
      verdict: 'scam',
      flags: ['Berkas .apk'],
      explanation: 'Foto tidak pernah berupa aplikasi.',
    },
    {
      channel: 'sms',
      from: 'WhatsApp',
      text: 'Kode WhatsApp Anda: 123-456. Jangan bagikan.',
      verdict: 'safe',
      explanation: 'Kode biasa.',
    },
  ],
});
const strings = islandStrings<DrillStrings>('drill');

/** The server's markup, parsed into a lesson as a browser would, then enhanced by <ld-drill>. */
function renderDrill(): HTMLElement {
  return renderInLesson(<ScamDrill drill={drill} strings={strings} />, 6);
}

beforeAll(defineDrill);
startEachTestClean();

describe('the scam drill without JavaScript', () => {
  it('lists every message with its verdict, red flags and explanation behind a disclosure', () => {
    const page = withoutJavaScript(<ScamDrill drill={drill} strings={strings} />);
    const items = page.querySelectorAll('.drill-list > li');
    expect(items).toHaveLength(3);
    expect(items[0]!.querySelector('summary')!.textContent).toBe('Pesan ini aman atau penipuan?');
    expect(items[0]!.querySelector('details')!.textContent).toContain(
      'Pesan ini: Penipuan.Tanda bahaya:Meminta kode OTP',
    );
    expect(items[2]!.querySelector('details')!.textContent).toContain('Pesan ini: Aman.');
    expect(page.querySelector('button')).toBeNull();
  });
});

describe('<ld-drill>', () => {
  it('keeps the keyboard with the learner: verdict, next message, score, and again from the start', () => {
    renderDrill();
    expect(screen.getByText('Foto Paket.apk').closest('li')!.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Penipuan' }));
    expect(document.activeElement!.textContent).toBe('✓ Tepat! Pesan ini: Penipuan.');
    fireEvent.click(screen.getByRole('button', { name: 'Pesan berikutnya' }));
    expect(document.activeElement!.textContent).toContain('Paket Anda tertahan, lihat fotonya.');
    expect(screen.getByText('Pesan 2 dari 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Aman' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pesan berikutnya' }));
    fireEvent.click(screen.getByRole('button', { name: 'Aman' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pesan berikutnya' }));
    expect(document.activeElement).toBe(screen.getByRole('status'));
    expect(screen.getByRole('status').textContent).toBe('Anda menilai benar 2 dari 3 pesan.');
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi latihan' }));
    expect(screen.getByText('Pesan 1 dari 3')).toBeTruthy();
    expect(document.activeElement!.textContent).toContain('Tolong kirim kode OTP');
    expect(screen.getByRole('button', { name: 'Aman' })).toBeTruthy();
  });

  it('shows one message at a time with its attachment, then explains the red flags after each answer', () => {
    renderDrill();

    expect(screen.getByText('Pesan 1 dari 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Aman' }));
    expect(screen.getByText('✗ Kurang tepat.')).toBeTruthy();
    expect(screen.getByText('Meminta kode OTP')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pesan berikutnya' }));

    expect(screen.getByText('Foto Paket.apk')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Penipuan' }));
    expect(screen.getByText('✓ Tepat!')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pesan berikutnya' }));

    fireEvent.click(screen.getByRole('button', { name: 'Aman' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pesan berikutnya' }));
    expect(screen.getByRole('status').textContent).toBe('Anda menilai benar 2 dari 3 pesan.');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons['6'].exercises).toEqual(['otp-pesan']);
  });
});
