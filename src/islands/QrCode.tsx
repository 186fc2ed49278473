import { useEffect, useState } from 'preact/hooks';
import type { QrPath } from '../lib/codes/qr';

interface Props {
  text: string;
  label: string;
  size?: number;
}

/** A QR code drawn as one SVG path; the encoder loads only when a code is first shown. */
export function QrCode({ text, label, size = 240 }: Props) {
  const [qr, setQr] = useState<QrPath | undefined>();
  useEffect(() => {
    let current = true;
    void import('../lib/codes/qr').then(({ qrPath }) => current && setQr(qrPath(text)));
    return () => {
      current = false;
    };
  }, [text]);
  if (!qr) return null;
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} width={size} height={size}>
      <rect width="100%" height="100%" fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
