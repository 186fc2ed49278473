/**
 * A download's size as a learner reads it: "850 KB", "1,2 MB" (decimal units, as phones and
 * data plans count them), in the page's language.
 */
export function formatBytes(bytes: number, locale: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes >= 1_000_000) return `${number(bytes / 1_000_000, 1)} MB`;
  return `${number(Math.max(1, Math.round(bytes / 1000)), 0)} KB`;
}
