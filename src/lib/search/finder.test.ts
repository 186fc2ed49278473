import { describe, expect, it } from 'vitest';
import { buildFinder, expandSynonyms, loadFinder } from './finder';

const lessons = [
  {
    slug: 'aktivasi-ktp-digital-ikd',
    title: 'Aktivasi KTP Digital (IKD)',
    summary: 'Menyiapkan syarat IKD dan memahami langkah aktivasi bersama petugas.',
    objectives: ['Memasang aplikasi IKD yang asli.'],
    services: ['Identitas Kependudukan Digital (IKD)'],
    terms: ['nik NIK'],
  },
  {
    slug: 'kode-otp-rahasia',
    title: 'Kode OTP Itu Rahasia',
    summary: 'Menjaga kode rahasia sekali pakai dan tahu langkah darurat.',
    objectives: ['Menyalakan verifikasi dua langkah di WhatsApp.'],
    services: [],
    terms: ['otp OTP'],
  },
  {
    slug: 'bayar-pajak-kendaraan-online',
    title: 'Bayar Pajak Kendaraan Tahunan',
    summary: 'Saluran resmi pembayaran pajak kendaraan bermotor.',
    objectives: ['Membayar PKB lewat saluran resmi.'],
    services: ['Samsat'],
    terms: [],
  },
];
const terms = [
  { id: 'nik', term: 'NIK (Nomor Induk Kependudukan)', definition: 'Nomor 16 angka di KTP.', synonyms: ['nomor ktp'] },
];
const synonyms = { 'ikd identitas kependudukan digital': ['ktp digital', 'ktp di hp'], 'samsat pkb': ['pajak motor'] };
const finder = loadFinder(JSON.parse(JSON.stringify(buildFinder('id', lessons, terms, synonyms))), 'id');
const top = (query: string) => finder.search(query, 3).map((hit) => hit.path);

describe('instant finder', () => {
  it('finds lessons by words in their title, summary and objectives', () => {
    expect(top('kode otp')[0]).toBe('/pelajaran/kode-otp-rahasia/');
    expect(top('whatsapp')[0]).toBe('/pelajaran/kode-otp-rahasia/');
  });

  it('meets Indonesian word forms: "pembayaran" finds a lesson about "bayar"', () => {
    expect(top('cara pembayaran pajak')[0]).toBe('/pelajaran/bayar-pajak-kendaraan-online/');
  });

  it('understands the phrases people type', () => {
    expect(top('ktp digital')[0]).toBe('/pelajaran/aktivasi-ktp-digital-ikd/');
    expect(top('pajak motor')[0]).toBe('/pelajaran/bayar-pajak-kendaraan-online/');
    expect(expandSynonyms('Bayar PAJAK motor!', synonyms)).toBe('bayar pajak motor samsat pkb');
  });

  it('forgives one typo in words of five letters or more', () => {
    expect(top('aktifasi')[0]).toBe('/pelajaran/aktivasi-ktp-digital-ikd/');
    expect(top('whatsap')[0]).toBe('/pelajaran/kode-otp-rahasia/');
  });

  it('matches while a word is still being typed', () => {
    expect(top('kenda')[0]).toBe('/pelajaran/bayar-pajak-kendaraan-online/');
  });

  it('finds glossary terms and links to them', () => {
    expect(finder.search('nomor ktp', 3)).toContainEqual(
      expect.objectContaining({ title: 'NIK (Nomor Induk Kependudukan)', path: '/istilah/#nik', kind: 'term' }),
    );
  });

  it('gives every lesson and term its own short ref', () => {
    const data = buildFinder('id', lessons, terms, synonyms);
    expect(Object.keys(data.docs)).toEqual(['0', '1', '2', '3']);
    expect(new Set(finder.search('kode otp nik pajak', 6).map((hit) => hit.ref)).size).toBe(4);
  });

  it('returns nothing for a query of only stop words or symbols, and never throws on odd input', () => {
    expect(top('bagaimana cara')).toEqual([]);
    for (const odd of ['', '   ', '~*^:+-', '<img src=x onerror=alert(1)>', 'a'.repeat(500)])
      expect(() => finder.search(odd)).not.toThrow();
  });
});
