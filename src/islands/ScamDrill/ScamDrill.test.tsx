// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../client/progress-store';
import { scamDrillSchema } from '../../schemas/exercise';
import { islandStrings } from '../test-strings';
import ScamDrill from './ScamDrill';
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

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('ScamDrill island', () => {
  it('shows one message at a time with its attachment, then explains the red flags after each answer', () => {
    const host = document.createElement('article');
    host.dataset['lessonId'] = '6';
    document.body.append(host);
    render(<ScamDrill drill={drill} strings={strings} />, { container: host });

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
