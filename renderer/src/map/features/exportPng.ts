import type L from 'leaflet';

/**
 * The current view as a PNG: every canvas of the map (land, boundaries, features, place dots) and
 * loaded same-origin tiles composed in place over the sea, the place names drawn again with their
 * halo, and a caption (the board, the moment shown, the credits) along the bottom.
 */
export async function viewAsPng(map: L.Map, caption: string, sea: string): Promise<Blob> {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const captionHeight = 28;
  const out = document.createElement('canvas');
  out.width = Math.round(box.width * scale);
  out.height = Math.round((box.height + captionHeight) * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.scale(scale, scale);
  ctx.fillStyle = sea;
  ctx.fillRect(0, 0, box.width, box.height);

  const layers = Array.from(container.querySelectorAll<HTMLCanvasElement | HTMLImageElement>('canvas, img.leaflet-tile-loaded'));
  // Paint in the panes' stacking order (their z-index), then document order within a pane.
  const zOf = (el: Element) => Number(getComputedStyle(el.closest('.leaflet-pane') ?? el).zIndex) || 0;
  layers.sort((a, b) => zOf(a) - zOf(b));
  for (const el of layers) {
    const r = el.getBoundingClientRect();
    if (el instanceof HTMLImageElement && new URL(el.src, location.href).origin !== location.origin) continue; // would taint the PNG
    ctx.drawImage(el, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  for (const label of container.querySelectorAll<HTMLElement>('.map-place-label')) {
    const r = label.getBoundingClientRect();
    const style = getComputedStyle(label);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 4;
    ctx.strokeStyle = '#ffffff';
    ctx.fillStyle = style.color;
    const x = r.left - box.left + 3;
    const y = r.top - box.top + r.height / 2;
    ctx.strokeText(label.textContent ?? '', x, y);
    ctx.fillText(label.textContent ?? '', x, y);
  }
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, box.height, box.width, captionHeight);
  ctx.fillStyle = '#111827';
  ctx.font = `600 14px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillText(caption, 8, box.height + captionHeight / 2, box.width - 16);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}
