// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../client/storage/progress-store';
import { simulatorSchema } from '../../schemas/exercise';
import { islandStrings, renderInLesson, startEachTestClean, withoutJavaScript } from '../../client/test-support';
import Simulator from './Simulator';
import { defineSimulator } from './sim-element';
import type { SimulatorStrings } from './strings';

const sim = simulatorSchema.parse({
  id: 'latihan',
  title: 'Aplikasi IKD (latihan)',
  screens: [
    {
      title: 'Daftar',
      fields: [
        { name: 'nik', label: 'NIK', rule: 'nik', hint: '16 angka di KTP' },
        { name: 'email', label: 'Email', rule: 'email' },
      ],
    },
    { title: 'Swafoto', selfie: true },
    {
      title: 'Kode',
      fields: [{ name: 'kode', label: 'Kode aktivasi', rule: 'otp', expect: '123456' }],
      submit: 'Aktifkan',
    },
  ],
  success: 'Akun latihan aktif.',
});
const strings = islandStrings<SimulatorStrings>('sim');

/** The server's markup, parsed into a lesson as a browser would, then enhanced by <ld-sim>. */
function renderSim(): HTMLElement {
  return renderInLesson(<Simulator sim={sim} strings={strings} />, 16);
}
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

beforeAll(defineSimulator);
startEachTestClean();

describe('the simulator without JavaScript', () => {
  it('says what each screen asks for, and that the practice needs JavaScript', () => {
    const page = withoutJavaScript(<Simulator sim={sim} strings={strings} />);
    const summary = page.querySelector('ld-sim > .sim')!;
    expect(summary.querySelector('ol')!.textContent).toContain('Daftar Isian: NIK, Email.');
    expect(summary.textContent).toContain('Latihan interaktif ini butuh JavaScript.');
    // The practice forms wait in a template: not shown, not read out, not focusable.
    expect(page.querySelectorAll('body input')).toHaveLength(0);
  });
});

describe('<ld-sim>', () => {
  it('takes the place of the summary', () => {
    renderSim();
    expect(screen.queryByText(/butuh JavaScript/)).toBeNull();
    expect(document.querySelectorAll('.sim')).toHaveLength(1);
  });

  it('takes the keyboard to a field from the error summary, and clears the errors once fixed', () => {
    renderSim();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    fireEvent.click(screen.getByRole('link', { name: 'Email belum diisi.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
    type('NIK', '6408010101900001');
    type('Email', 'sari@contoh.id');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('NIK').getAttribute('aria-describedby')).toBe('latihan-nik-hint');
    expect(screen.getByLabelText('NIK').hasAttribute('aria-invalid')).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Swafoto' }));
  });

  it('starts again from an empty first screen', () => {
    renderSim();
    type('NIK', '6408010101900001');
    type('Email', 'sari@contoh.id');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ambil swafoto (latihan)' }));
    type('Kode aktivasi', '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Berhasil!' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi latihan' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Daftar' }));
    expect((screen.getByLabelText('NIK') as HTMLInputElement).value).toBe('');
  });

  it('is labelled as practice and describes each field with its hint', () => {
    renderSim();
    expect(screen.getByText('Latihan — bukan aplikasi asli. Data tidak dikirim ke mana pun.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Aplikasi IKD (latihan)' })).toBeTruthy();
    expect(screen.getByLabelText('NIK').getAttribute('aria-describedby')).toBe('latihan-nik-hint');
    expect(screen.getByLabelText('NIK').getAttribute('inputmode')).toBe('numeric');
  });

  it('says in plain words what is wrong with a 15-digit NIK and an empty email', () => {
    renderSim();
    type('NIK', '640801010190000');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.getByRole('alert').textContent).toContain('Ada 2 isian yang perlu diperbaiki:');
    const nik = screen.getByLabelText('NIK');
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(nik.getAttribute('aria-describedby')).toBe('latihan-nik-hint latihan-nik-error');
    expect(document.getElementById('latihan-nik-error')!.textContent).toBe(
      'NIK harus 16 angka. Anda mengetik 15 angka.',
    );
    expect(document.getElementById('latihan-email-error')!.textContent).toBe('Email belum diisi.');
  });

  it('walks through every screen to success and records the practice', () => {
    renderSim();
    type('NIK', '6408010101900001');
    type('Email', 'sari@contoh.id');
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    expect(screen.getByRole('heading', { name: 'Swafoto' })).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('tidak membuka kamera');
    fireEvent.click(screen.getByRole('button', { name: 'Ambil swafoto (latihan)' }));
    type('Kode aktivasi', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan' }));
    expect(document.getElementById('latihan-kode-error')!.textContent).toBe(
      'Kode aktivasi belum cocok. Untuk latihan ini, ketik 123456.',
    );
    type('Kode aktivasi', '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Aktifkan' }));
    expect(screen.getByRole('heading', { name: 'Berhasil!' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons['16'].exercises).toEqual(['latihan']);
  });
});
