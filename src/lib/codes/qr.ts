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

/** The printable SVG of a QR code to `text`, as served at /qr/<slug>.svg. */
export function qrSvg(text: string): string {
  const { size, path } = qrPath(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 4}" height="${size * 4}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
