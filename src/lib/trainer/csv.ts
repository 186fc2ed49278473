/**
 * CSV that opens as a table in Excel and LibreOffice: UTF-8 with a byte-order mark (so
 * "Siti Ayu Ningsih" and "Pelajaran Keamanan" keep their accents), CRLF line ends, and
 * the separator the reader's spreadsheet expects.
 */
export const BOM = '\uFEFF';

/**
 * Excel splits a CSV on the system's list separator, which is ";" wherever the decimal
 * separator is "," (Indonesian Windows, for one). The locale's number format tells which.
 */
export function separatorFor(locale: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

function cell(value: string | number, separator: string): string {
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: keep it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[], separator: ',' | ';' = ','): string {
  return BOM + rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}
