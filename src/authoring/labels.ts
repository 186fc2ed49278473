/**
 * Field builders with the editor's messages in Indonesian. Keystatic's own "must not be empty"
 * is English, so a required text is a pattern with our words instead.
 */
import { fields } from '@keystatic/core';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }));

/** A choice shown in Indonesian words and saved as the build's value: `{ 'Penipuan': 'scam' }`. */
export function labelledSelect<Value extends string>(
  label: string,
  choices: Record<string, Value>,
  defaultValue: Value,
) {
  const list = Object.entries(choices).map(([text, value]) => ({ label: text, value }));
  return fields.select({ label, options: list, defaultValue });
}

export function text(
  label: string,
  { required = false, multiline = false, description = undefined as string | undefined } = {},
) {
  return fields.text({
    label,
    multiline,
    ...(description ? { description } : {}),
    ...(required ? { validation: { pattern: { regex: /\S/, message: `Isi "${label}".` } } } : {}),
  });
}

/** A name in lowercase letters, digits and hyphens, as the build requires of ids. */
export function slugField(label: string, required: boolean) {
  return fields.text({
    label,
    description: 'Huruf kecil, angka, dan tanda hubung, contoh: "cek-sms-bank". Jangan diubah setelah terbit.',
    validation: {
      pattern: {
        regex: required ? SLUG : new RegExp(`^$|${SLUG.source}`),
        message: 'Pakai huruf kecil, angka, dan tanda hubung saja, contoh: "cek-sms-bank".',
      },
    },
  });
}

/** A quiz choice with the reason it is right or wrong: learners learn from the reason. */
export function choice() {
  return fields.object({
    text: text('Pilihan', { required: true }),
    feedback: text('Penjelasan pilihan ini', { required: true, multiline: true }),
  });
}
