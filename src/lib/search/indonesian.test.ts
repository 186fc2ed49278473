import { describe, expect, it } from 'vitest';
import { STOP_WORDS, stem } from './indonesian';

describe('Indonesian stemmer', () => {
  it.each([
    ['pembayaran', 'bayar'],
    ['membayar', 'bayar'],
    ['dibayar', 'bayar'],
    ['pendaftaran', 'daftar'],
    ['mendaftar', 'daftar'],
    ['daftarkan', 'daftar'],
    ['menulis', 'tulis'],
    ['memakai', 'pakai'],
    ['menyimpan', 'simpan'],
    ['penyimpanan', 'simpan'],
    ['mengaktifkan', 'aktif'],
    ['aktivasi', 'aktivasi'],
    ['perpanjangan', 'panjang'],
    ['berbagi', 'bagi'],
    ['laporkan', 'lapor'],
    ['pelaporan', 'lapor'],
    ['rumahnya', 'rumah'],
    ['bisakah', 'bisa'],
    ['belajar', 'ajar'],
    ['pelajaran', 'ajar'],
    ['laporan', 'lapor'],
    ['penipuan', 'tipu'],
    ['ditipu', 'tipu'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('leaves short words, abbreviations with digits and already-bare roots alone', () => {
    for (const word of ['ikd', 'otp', 'nik', 'sim', 'bpjs', '2fa', 'ktp', 'pajak', 'motor', 'digital', 'keluarga']) {
      expect(stem(word)).toBe(word);
    }
    expect(stem('kendaraan')).toBe('kendara');
  });

  it('meets the forms of one word at one stem, which is what search needs', () => {
    const forms = ['pembayaran', 'membayar', 'dibayar', 'bayar'];
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('stops question words people type', () => {
    for (const word of ['cara', 'bagaimana', 'yang', 'gimana']) expect(STOP_WORDS.has(word)).toBe(true);
    expect(STOP_WORDS.has('pajak')).toBe(false);
  });
});
