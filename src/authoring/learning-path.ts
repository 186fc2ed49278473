/**
 * A learning path in the editor (content/paths/*.yaml), in the order of src/schemas/path.ts:
 * its lessons are picked from the Indonesian lessons, so a new lesson can join its path.
 */
import { fields } from '@keystatic/core';
import { ICON_NAMES } from '../lib/icons/icons';
import { options, text } from './labels';

const localized = (label: string, multiline = false) =>
  fields.object({
    id: text(`${label} (Bahasa Indonesia)`, { required: true, multiline }),
    en: text(`${label} (English)`, { multiline }),
  });

export function pathFields() {
  return {
    // The file's name: a text field named as the slug field is kept in the name, not in the file.
    slug: fields.text({ label: 'Nama file', description: 'Menjadi alamat halaman: /jalur/nama-file/.' }),
    order: fields.integer({ label: 'Urutan di beranda', validation: { isRequired: true, min: 1 } }),
    title: localized('Judul'),
    summary: localized('Ringkasan', true),
    icon: fields.select({ label: 'Gambar', options: options(ICON_NAMES), defaultValue: ICON_NAMES[0] ?? '' }),
    introduction: fields.array(localized('Paragraf', true), {
      label: 'Pengantar',
      itemLabel: (item) => item.fields.id.value,
    }),
    reviewMonths: fields.integer({
      label: 'Periksa ulang pelajarannya setiap … bulan',
      validation: { isRequired: true, min: 1, max: 24 },
    }),
    lessons: fields.array(fields.relationship({ label: 'Pelajaran', collection: 'lessons-id' }), {
      label: 'Pelajaran, urut dari yang pertama',
      itemLabel: (item) => item.value ?? '',
    }),
  };
}
