import { useMemo } from 'react';
import { qrDrawing } from './qrMatrix';

/**
 * A QR code drawn as SVG: black on white whatever the page's palette (a night palette must not
 * invert it; phones read dark-on-light), with its quiet zone inside the white square.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrDrawing(text), [text]);
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="room-qr">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
