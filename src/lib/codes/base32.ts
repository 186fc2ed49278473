/**
 * Crockford base32: digits and capitals without I, L, O and U, so a code read aloud or
 * copied from paper survives the usual slips (O for 0, l for 1, lower case, spaces).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeBits(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 5) {
    let value = 0;
    for (let j = 0; j < 5; j++) value = (value << 1) | (bits[i + j] ?? 0);
    out += ALPHABET[value];
  }
  return out;
}

/** The bits of a typed code, or undefined if it holds a character that cannot be in one. */
export function decodeBits(code: string): number[] | undefined {
  const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const bits: number[] = [];
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    for (let j = 4; j >= 0; j--) bits.push((value >> j) & 1);
  }
  return bits;
}

/** Groups of four for reading aloud and typing: "7K2Q-M9XD-4". */
export function group(code: string, size = 4): string {
  return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}
