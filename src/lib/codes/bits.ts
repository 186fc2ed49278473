/** Bit-level writing and reading for the compact codes. */
export class BitWriter {
  readonly bits: number[] = [];
  write(value: number, width: number): this {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }
  /** Variable length: 4 value bits and a "more" bit per group, small numbers stay small. */
  writeVarint(value: number): this {
    let rest = value;
    do {
      const chunk = rest % 16;
      rest = Math.floor(rest / 16);
      this.write(rest > 0 ? 1 : 0, 1).write(chunk, 4);
    } while (rest > 0);
    return this;
  }
}

export class BitReader {
  private position = 0;
  constructor(private readonly bits: readonly number[]) {}
  get remaining(): number {
    return this.bits.length - this.position;
  }
  read(width: number): number | undefined {
    if (this.remaining < width) return undefined;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + this.bits[this.position++]!;
    return value;
  }
  readVarint(): number | undefined {
    let value = 0;
    let scale = 1;
    for (let group = 0; group < 8; group++) {
      const more = this.read(1);
      const chunk = this.read(4);
      if (more === undefined || chunk === undefined) return undefined;
      value += chunk * scale;
      scale *= 16;
      if (more === 0) return value;
    }
    return undefined;
  }
}

/** CRC-8 (polynomial 0x07) over bits: the check of the version 1 codes, still read from saved rosters. */
export function crc8(bits: readonly number[]): number {
  let crc = 0;
  for (const bit of bits) {
    const top = ((crc >> 7) & 1) ^ bit;
    crc = (crc << 1) & 0xff;
    if (top) crc ^= 0x07;
  }
  return crc;
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over bits. Sent after the bits it
 * covers, it catches every error burst of up to 16 bits anywhere in the code, the check
 * included: so every single mistyped character, which changes at most 5 neighbouring bits.
 */
export function crc16(bits: readonly number[]): number {
  let crc = 0xffff;
  for (const bit of bits) {
    const top = ((crc >> 15) & 1) ^ bit;
    crc = (crc << 1) & 0xffff;
    if (top) crc ^= 0x1021;
  }
  return crc;
}
