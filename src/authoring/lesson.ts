/**
 * A lesson's fields in the editor, in the order of src/schemas/lesson.ts so that a saved file
 * keeps its keys where authors expect them.
 */
import { fields } from '@keystatic/core';
import { LEVELS, PILLARS } from '../schemas/lesson';
import type { Locale } from '../lib/i18n/locales';
import type { AuthoringOptions } from './options';
import { bodyComponents } from './components';
import { answerField } from './fields';
import { choice, labelledSelect, options, text } from './labels';

export function lessonFields(locale: Locale, choices: AuthoringOptions) {
  return {
    id: fields.integer({
      label: 'Nomor pelajaran',
      description: 'Jangan diubah setelah terbit: kode kemajuan pelajar memakai nomor ini.',
      defaultValue: choices.nextLessonId,
      validation: { isRequired: true, min: 1, max: 65535 },
    }),
    title: fields.slug({
      name: { label: 'Judul', validation: { length: { max: 80 } } },
      slug: { label: 'Nama file', description: 'Menjadi alamat halaman: /pelajaran/nama-file/.' },
    }),
    summary: text('Ringkasan', { required: true, multiline: true, description: 'Satu atau dua kalimat pendek.' }),
    path: fields.select({
      label: 'Jalur belajar',
      options: options(choices.paths),
      defaultValue: choices.paths[0] ?? '',
    }),
    pillar: fields.select({ label: 'Pilar', options: options(PILLARS), defaultValue: 'cakap' }),
    services: fields.multiselect({ label: 'Layanan', options: options(choices.services) }),
    level: fields.select({ label: 'Tingkat', options: options(LEVELS), defaultValue: 'dasar' }),
    minutes: fields.integer({
      label: 'Lama belajar (menit)',
      defaultValue: 5,
      validation: { isRequired: true, min: 1, max: 120 },
    }),
    objectives: fields.array(text('Tujuan', { required: true }), {
      label: 'Tujuan belajar',
      itemLabel: (item) => item.value,
    }),
    // Any lesson: one not yet translated opens in Indonesian.
    prerequisites: fields.multiselect({ label: 'Pelajaran sebelumnya', options: options(choices.allLessons) }),
    sources: fields.array(
      fields.object({
        title: text('Judul sumber', { required: true }),
        url: fields.url({ label: 'Alamat (https://)', validation: { isRequired: true } }),
        kind: labelledSelect('Jenis', { 'Halaman resmi': 'official', Berita: 'news' }, 'official'),
        publisher: text('Media (hanya untuk berita)'),
        date: fields.date({ label: 'Tanggal terbit (hanya untuk berita)' }),
        checked: fields.date({ label: 'Tanggal Anda membaca sumber ini' }),
      }),
      { label: 'Sumber', itemLabel: (item) => item.fields.title.value },
    ),
    verified: fields.date({
      label: 'Tanggal semua fakta diperiksa',
      description: 'Isi hanya jika Anda sudah membaca semua sumber hari itu.',
      validation: { isRequired: true },
    }),
    quiz: fields.array(
      fields.object({
        question: text('Pertanyaan', { required: true }),
        choices: fields.array(choice(), { label: 'Pilihan', itemLabel: (item) => item.fields.text.value }),
        answer: answerField(),
      }),
      { label: 'Kuis', itemLabel: (item) => item.fields.question.value },
    ),
    draft: fields.checkbox({ label: 'Draf (belum tampil di situs)' }),
    body: fields.mdx({
      label: 'Isi pelajaran',
      options: { image: false, table: false, codeBlock: false, heading: [2, 3] },
      components: bodyComponents(choices.glossary[locale]),
    }),
  };
}
