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

/**
 * Every cell is quoted, whatever the separator: a spreadsheet that splits on the other one
 * (";" in a comma file) must still see one text, never `=1+1` starting a cell of its own.
 * A cell starting with = + - @ (or a tab or return before one) would run as a formula: a "'" keeps it text.
 * So does one after a separator or a line break inside the text, where a spreadsheet that
 * splits on the other separator, or loses its place in the quotes, would start a cell.
 */
function cell(value: string | number): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `"${value}"`;
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  text = text.replace(/([,;\r\n])([=+\-@])/g, "$1'$2");
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number)[])[], separator: ',' | ';' = ','): string {
  return BOM + rows.map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}
