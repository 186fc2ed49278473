/** A QR code as one SVG path: no canvas, no inline styles, so it works under a strict CSP and prints sharply. */
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, including a 4-module quiet zone. */
  size: number;
  path: string;
}

export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  let path = '';
  for (let row = 0; row < count; row++) {
    // One rectangle per run of dark modules: a third of the path of one per module.
    for (let col = 0; col < count; col++) {
      if (!qr.isDark(row, col)) continue;
      let run = 1;
      while (col + run < count && qr.isDark(row, col + run)) run++;
      path += `M${col + quiet} ${row + quiet}h${run}v1h-${run}z`;
      col += run - 1;
    }
  }
  return { size: count + quiet * 2, path };
}
