/** @jsxImportSource react */
/**
 * The lesson body's components as the editor shows them: one entry per component of
 * src/mdx/index.ts, with the props the build's schemas accept, labelled in Indonesian.
 */
import { fields } from '@keystatic/core';
import { block, mark, wrapper } from '@keystatic/core/content-components';
import { scamDrillSchema } from '../schemas/exercise';
import { SCREEN_TONES, screenSchema, tapPracticeSchema } from '../schemas/screen';
import { RULES } from '../lib/simulator/rules';
import { answerField, checkAsPropOf, yamlListField } from './fields';
import { choice, labelledSelect, options, slugField, text } from './labels';

const screenApp = {
  app: text('Nama aplikasi di bilah atas', { required: true }),
  tone: fields.select({ label: 'Warna bilah', options: options(SCREEN_TONES), defaultValue: 'grey' }),
  caption: text('Keterangan di bawah gambar', { required: true, description: 'Contoh: "Halaman Akun di WhatsApp".' }),
  bar: fields.checkbox({
    label: 'Tampilkan bilah aplikasi',
    description: 'Matikan untuk layar toko aplikasi dan peramban, yang punya bilah sendiri.',
    defaultValue: true,
  }),
};
const PARTS_HELP =
  'Satu bagian per butir, dari atas ke bawah. Jenis (kind): text, row, field, button, tabs, nav, permission, listing, chat, sms, address. Lihat content/README.md.';
const filler = { app: 'x', caption: 'x', id: 'x', question: 'x', explanation: 'x' };

export function bodyComponents(glossaryIds: readonly string[]) {
  return {
    Steps: wrapper({
      label: 'Langkah-langkah',
      description: 'Daftar bernomor yang dicentang pelajar satu per satu.',
      schema: { id: slugField('Nama daftar (boleh kosong)', false) },
    }),
    Warning: wrapper({ label: 'Awas', schema: {} }),
    Important: wrapper({ label: 'Penting', schema: {} }),
    Tip: wrapper({ label: 'Tips', schema: {} }),
    TrainerNote: wrapper({ label: 'Catatan pelatih', description: 'Hanya tampil dalam mode pelatih.', schema: {} }),
    Term: mark({
      label: 'Istilah',
      icon: <span aria-hidden="true">Aa</span>,
      schema: {
        id: fields.select({
          label: 'Istilah di glosarium',
          options: options(glossaryIds),
          defaultValue: glossaryIds[0] ?? '',
        }),
      },
    }),
    OfficialLink: mark({
      label: 'Tautan resmi',
      icon: <span aria-hidden="true">🔗</span>,
      schema: {
        href: fields.url({ label: 'Alamat resmi (https://)', validation: { isRequired: true } }),
        app: text('Nama aplikasi (jika tautan ke toko aplikasi)'),
        publisher: text('Penerbit aplikasi, seperti tertulis di toko'),
      },
    }),
    Check: block({
      label: 'Cek pemahaman',
      schema: {
        question: text('Pertanyaan', { required: true }),
        choices: fields.array(choice(), { label: 'Pilihan', itemLabel: (item) => item.fields.text.value }),
        answer: answerField(),
      },
    }),
    ScamDrill: block({
      label: 'Latihan: aman atau penipuan?',
      schema: {
        id: slugField('Nama latihan', true),
        messages: fields.array(
          fields.object({
            channel: fields.select({ label: 'Saluran', options: options(scamDrillChannels), defaultValue: 'whatsapp' }),
            from: text('Pengirim', { required: true }),
            text: text('Isi pesan', { required: true, multiline: true }),
            attachment: text('Lampiran (nama file)'),
            link: text('Tautan (tampil sebagai teks, tidak bisa diklik)'),
            verdict: labelledSelect('Jawaban', { Penipuan: 'scam', Aman: 'safe' }, 'scam'),
            flags: fields.array(text('Tanda bahaya', { required: true }), {
              label: 'Tanda bahaya',
              itemLabel: (item) => item.value,
            }),
            explanation: text('Penjelasan', { required: true, multiline: true }),
          }),
          { label: 'Pesan', itemLabel: (item) => item.fields.from.value },
        ),
      },
    }),
    Simulator: block({
      label: 'Latihan formulir',
      schema: {
        id: slugField('Nama latihan', true),
        title: text('Judul', { required: true }),
        screens: fields.array(
          fields.object({
            title: text('Judul layar', { required: true }),
            intro: text('Pengantar'),
            fields: fields.array(
              fields.object({
                name: text('Nama isian', { required: true, description: 'Singkat, huruf kecil, contoh: nik, email.' }),
                label: text('Label', { required: true }),
                rule: fields.select({ label: 'Aturan isian', options: options(RULES), defaultValue: 'text' }),
                hint: text('Petunjuk'),
                expect: text('Satu-satunya nilai yang diterima (misalnya OTP latihan)'),
              }),
              { label: 'Isian', itemLabel: (item) => item.fields.label.value },
            ),
            selfie: fields.checkbox({ label: 'Tampilkan tempat swafoto (kamera tidak dibuka)' }),
            submit: text('Tulisan tombol'),
          }),
          { label: 'Layar', itemLabel: (item) => item.fields.title.value },
        ),
        success: text('Pesan berhasil', { required: true }),
      },
    }),
    Screen: block({
      label: 'Gambar layar',
      schema: {
        ...screenApp,
        callout: text('Tulisan di samping bagian yang diketuk (bawaan: "Ketuk di sini")'),
        parts: yamlListField('Bagian layar', PARTS_HELP, checkAsPropOf(screenSchema, 'parts', filler)),
      },
    }),
    TapPractice: block({
      label: 'Latihan: ketuk yang benar',
      schema: {
        id: slugField('Nama latihan', true),
        ...screenApp,
        question: text('Perintah', { required: true, description: 'Contoh: "Ketuk aplikasi IKD yang asli."' }),
        parts: yamlListField('Bagian layar', PARTS_HELP, checkAsPropOf(tapPracticeSchema, 'parts', filler)),
        explanation: text('Penjelasan jawaban', { required: true, multiline: true }),
      },
    }),
  };
}

const scamDrillChannels = scamDrillSchema.shape.messages.element.shape.channel.options;
