import { KOMMUNER } from '../../../../shared/kommuner.js';
import { Geometry } from '../../../../shared/map/geometry.js';
import svMap from '../../../../shared/locales/sv/map.json';
import svReports from '../../../../shared/locales/sv/reports.json';
import { fillTemplate } from '../../../../shared/locales/fill.js';
import type { ReportBody, ReportMap } from '../../../../shared/reports/domain.js';
import { stockholmDateTime } from '../../../../shared/time.js';
import type { KommunBoundaries, Rings } from '../../geo/kommun-boundaries.js';
import { escapeMarkup } from '../../xml/escape.js';
import { boxesMeet, fitFrame, pathData, type Frame, type LonLat } from './frame.js';
import { AREA_PRINT, COLORS, FALLBACK_AREA, FALLBACK_LINE, FONT, LINE_PRINT, NEIGHBOUR, NEW_HALO, PLANNED_DASH } from './style.js';
import { symbolId, type SymbolSet } from './symbols.js';
import { hatch } from './hatch.js';

type Feature = ReportBody['features'][number];

export interface SnapshotInput {
  kommunCode: string;
  kommunName: string;
  /** When the picture was taken (the report's composing). */
  at: string;
  boundaries: KommunBoundaries;
  symbols: SymbolSet;
  features: readonly Feature[];
  /** The features of the newest report from each neighbour, drawn in their own grey. */
  neighbours: readonly { kommun: string; features: readonly Feature[] }[];
}

/** The picture's width in SVG units; its height follows the area shown. */
const WIDTH = 1000;
/** Features drawn at most, own and neighbours' (the rest are counted as left out). */
export const FEATURES_MAX = 1_000;
const SYMBOL = 30;
const esc = escapeMarkup;
const t = svReports.snapshot;
const categoryName = (c: string): string => (c in svMap.category ? svMap.category[c as keyof typeof svMap.category] : c);

interface Drawn {
  feature: Feature;
  geometry: Geometry;
  neighbour: boolean;
}

function positionsOf(g: Geometry): LonLat[] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates[0], g.coordinates[1]]];
    case 'LineString':
      return g.coordinates.map((p) => [p[0], p[1]]);
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat().map((p) => [p[0], p[1]]);
    case 'MultiPolygon':
      return g.coordinates.flat(2).map((p) => [p[0], p[1]]);
  }
}

const ringsPath = (rings: readonly (readonly LonLat[])[], frame: Frame): string => rings.map((r) => pathData(r, frame, true)).join('');

function ringsBox(rings: Rings): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) {
    for (const [lon, lat] of r) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** The kommuner around ours, faint, each named where its largest part falls inside the picture. */
function neighbourKommuner(input: SnapshotInput, frame: Frame): string {
  const out: string[] = [];
  const labels: string[] = [];
  for (const k of KOMMUNER) {
    if (k.code === input.kommunCode) continue;
    const rings = input.boundaries.rings(k.code);
    if (!rings || !boxesMeet(ringsBox(rings), frame.bbox)) continue;
    out.push(`<path d="${ringsPath(rings, frame)}"/>`);
    const largest = [...rings].sort((a, b) => b.length - a.length)[0];
    if (!largest) continue;
    const box = ringsBox([largest]);
    const [x, y] = frame.toPx([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
    if (x > 60 && x < frame.width - 60 && y > 30 && y < frame.height - 30) labels.push(`<text x="${x.toFixed(0)}" y="${y.toFixed(0)}">${esc(k.name)}</text>`);
  }
  return `<g fill="${COLORS.neighbourFill}" stroke="${COLORS.neighbourLine}" stroke-width="1.2">${out.join('')}</g><g font-size="17" font-style="italic" fill="${COLORS.neighbourLabel}" text-anchor="middle">${labels.join('')}</g>`;
}

function areaSvg(d: Drawn, frame: Frame, index: number): string {
  const g = d.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  const path = ringsPath(rings.map((r) => r.map((p): LonLat => [p[0], p[1]])), frame);
  if (!path) return '';
  if (d.neighbour) return `<path d="${path}" fill="${NEIGHBOUR.fill}" fill-opacity="0.18" fill-rule="evenodd" stroke="${NEIGHBOUR.color}" stroke-width="2.5" stroke-dasharray="${NEIGHBOUR.dash}"/>`;
  const s = AREA_PRINT[d.feature.category] ?? FALLBACK_AREA;
  const planned = d.feature.status === 'planned';
  const halo = d.feature.new ? `<path d="${path}" fill="none" stroke="${NEW_HALO}" stroke-width="9" stroke-linejoin="round"/>` : '';
  const lines = hatch(`area-${index}`, path, s.hatch, s.color, planned ? 0.4 : 0.75);
  const dash = planned ? PLANNED_DASH : s.dash;
  return `${halo}<path d="${path}" fill="${s.fill}" fill-opacity="${planned ? 0.1 : 0.2}" fill-rule="evenodd"/>${lines}<path d="${path}" fill="none" stroke="${s.color}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-linejoin="round"/>`;
}

function lineSvg(d: Drawn, frame: Frame): string {
  const g = d.geometry;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  const path = lines.map((l) => pathData(l.map((p): LonLat => [p[0], p[1]]), frame, false)).join('');
  if (!path) return '';
  if (d.neighbour) return `<path d="${path}" fill="none" stroke="${NEIGHBOUR.color}" stroke-width="3" stroke-dasharray="${NEIGHBOUR.dash}"/>`;
  const s = LINE_PRINT[d.feature.category] ?? FALLBACK_LINE;
  const planned = d.feature.status === 'planned';
  const halo = d.feature.new ? `<path d="${path}" fill="none" stroke="${NEW_HALO}" stroke-width="${s.width + 8}" stroke-linecap="round" stroke-linejoin="round"/>` : '';
  const dash = planned ? PLANNED_DASH : s.dash;
  return `${halo}<path d="${path}" fill="none" stroke="#fff" stroke-width="${s.width + 3}" stroke-linecap="round" stroke-linejoin="round"/><path d="${path}" fill="none" stroke="${s.color}" stroke-width="${s.width}"${dash ? ` stroke-dasharray="${dash}"` : ''}${planned ? ' opacity="0.85"' : ''} stroke-linecap="round" stroke-linejoin="round"/>`;
}

function pointSvg(d: Drawn, frame: Frame): string {
  if (d.geometry.type !== 'Point') return '';
  const [x, y] = frame.toPx([d.geometry.coordinates[0], d.geometry.coordinates[1]]);
  if (x < -SYMBOL || y < -SYMBOL || x > frame.width + SYMBOL || y > frame.height + SYMBOL) return '';
  if (d.neighbour) {
    const r = SYMBOL / 3;
    return `<path d="M${x.toFixed(1)} ${(y - r).toFixed(1)}l${r} ${r}l${-r} ${r}l${-r} ${-r}z" fill="${NEIGHBOUR.fill}" stroke="${NEIGHBOUR.color}" stroke-width="2.5"/>`;
  }
  const half = SYMBOL / 2;
  const halo = d.feature.new ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${half + 6}" fill="${NEW_HALO}"/>` : '';
  const planned = d.feature.status === 'planned' ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${half + 3}" fill="#fff" stroke="#111827" stroke-width="2" stroke-dasharray="4 3"/>` : '';
  return `${halo}${planned}<use href="#${symbolId(d.feature.category)}" x="${(x - half).toFixed(1)}" y="${(y - half).toFixed(1)}" width="${SYMBOL}" height="${SYMBOL}"/>`;
}

/** A round length (1, 2 or 5 × 10^n metres) about a fifth of the picture's width. */
function scaleBar(frame: Frame): string {
  const target = frame.width * 0.2 * frame.metresPerUnit;
  const pow = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= target) ?? pow;
  const len = metres / frame.metresPerUnit;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('sv-SE')} km` : `${metres} m`;
  const x = 20;
  const y = frame.height - 26;
  return `<g font-size="16" fill="${COLORS.text}"><rect x="${x - 10}" y="${y - 30}" width="${len + 90}" height="46" rx="6" fill="#fff" fill-opacity="0.9"/><rect x="${x}" y="${y}" width="${len / 2}" height="8" fill="#111827"/><rect x="${x + len / 2}" y="${y}" width="${len / 2}" height="8" fill="#fff" stroke="#111827" stroke-width="1.5"/><rect x="${x}" y="${y}" width="${len}" height="8" fill="none" stroke="#111827" stroke-width="1.5"/><text x="${x}" y="${y - 8}">0</text><text x="${x + len}" y="${y - 8}" text-anchor="middle">${label}</text></g>`;
}

/** True north at the picture's centre (grid north is straight up in SWEREF 99 TM). */
function northArrow(frame: Frame): string {
  const cx = frame.width - 42;
  const cy = 50;
  return `<g transform="translate(${cx} ${cy})"><circle r="30" fill="#fff" fill-opacity="0.9" stroke="#111827" stroke-width="1.5"/><g transform="rotate(${frame.convergence.toFixed(2)})"><path d="M0 -22L9 8L0 2L-9 8Z" fill="#111827"/></g><text y="24" font-size="14" font-weight="700" text-anchor="middle" fill="${COLORS.text}">N</text></g>`;
}

/** The legend under the map; its point swatches use the symbols the map defines (every kept own point's). */
function legend(drawn: readonly Drawn[], top: number): { svg: string; height: number } {
  const own = drawn.filter((d) => !d.neighbour);
  const categories = [...new Set(own.map((d) => `${d.geometry.type === 'Point' ? 'p' : d.geometry.type.includes('Line') ? 'l' : 'a'}:${d.feature.category}`))].sort();
  const items: string[] = [];
  const swatch = (key: string): string => {
    const [kind, category = ''] = key.split(':');
    if (kind === 'p') {
      return `<use href="#${symbolId(category)}" x="0" y="-11" width="22" height="22"/>`;
    }
    if (kind === 'l') {
      const s = LINE_PRINT[category] ?? FALLBACK_LINE;
      return `<path d="M0 0H24" stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ' stroke-dasharray="6 3"' : ''}/>`;
    }
    const s = AREA_PRINT[category] ?? FALLBACK_AREA;
    const box = 'M0 -9L24 -9L24 9L0 9Z';
    return `<path d="${box}" fill="${s.fill}" fill-opacity="0.2"/>${hatch(`legend-${category.replace(/[^a-z_]/g, '')}`, box, s.hatch, s.color, 0.75)}<path d="${box}" fill="none" stroke="${s.color}" stroke-width="2"/>`;
  };
  for (const key of categories) items.push(`${swatch(key)}<text x="32" y="5">${esc(categoryName(key.slice(2)))}</text>`);
  if (own.some((d) => d.feature.status === 'planned')) items.push(`<circle cx="12" cy="0" r="9" fill="#fff" stroke="#111827" stroke-width="2" stroke-dasharray="4 3"/><text x="32" y="5">${esc(t.planned)}</text>`);
  if (own.some((d) => d.feature.new)) items.push(`<circle cx="12" cy="0" r="10" fill="${NEW_HALO}"/><text x="32" y="5">${esc(t.new)}</text>`);
  if (drawn.some((d) => d.neighbour)) items.push(`<path d="M12 -9l9 9l-9 9l-9 -9z" fill="${NEIGHBOUR.fill}" stroke="${NEIGHBOUR.color}" stroke-width="2"/><text x="32" y="5">${esc(t.neighbours)}</text>`);
  if (items.length === 0) return { svg: '', height: 0 };
  const columns = 4;
  const rowHeight = 32;
  const height = Math.ceil(items.length / columns) * rowHeight + 14;
  const svg = items
    .map((item, i) => `<g transform="translate(${14 + (i % columns) * (WIDTH / columns)} ${top + 22 + Math.floor(i / columns) * rowHeight})">${item}</g>`)
    .join('');
  return { svg: `<g font-size="18" fill="${COLORS.text}">${svg}</g>`, height };
}

function parsed(features: readonly Feature[], neighbour: boolean): { drawn: Drawn[]; bad: number } {
  const drawn: Drawn[] = [];
  let bad = 0;
  for (const feature of features) {
    const g = Geometry.safeParse(feature.geometry);
    if (g.success) drawn.push({ feature, geometry: g.data, neighbour });
    else bad++;
  }
  return { drawn, bad };
}

/**
 * The current picture as one self-contained SVG, drawn here (no browser): the kommun's boundary
 * and its neighbours faint, the board's features with their symbols, lines and hatched areas,
 * the neighbours' features in their grey, a legend, scale bar, north arrow and attribution, in
 * SWEREF 99 TM. Bounded: at most FEATURES_MAX features, each path thinned to what prints. Null
 * when there is nothing to draw (no boundary data and no feature).
 */
export function mapSnapshot(input: SnapshotInput): ReportMap | null {
  const own = parsed(input.features, false);
  const theirs = parsed(
    input.neighbours.flatMap((n) => n.features),
    true,
  );
  const all = [...own.drawn, ...theirs.drawn];
  const kept = all.slice(0, FEATURES_MAX);
  const leftOut = own.bad + theirs.bad + (all.length - kept.length);
  const boundary = input.boundaries.rings(input.kommunCode);
  const content: LonLat[] = [...(boundary ?? []).flat(), ...kept.filter((d) => !d.neighbour).flatMap((d) => positionsOf(d.geometry))];
  const frame = fitFrame(content, WIDTH);
  if (!frame) return null;
  // In a board's first report everything is new: a halo on every feature would say nothing.
  const ownKept = kept.filter((d) => !d.neighbour);
  if (ownKept.every((d) => d.feature.new)) for (const d of ownKept) d.feature = { ...d.feature, new: false };
  const rank = (d: Drawn): number => (d.geometry.type === 'Point' ? 2 : d.geometry.type.includes('Line') ? 1 : 0) * 2 + (d.neighbour ? 0 : 1);
  const ordered = [...kept].sort((a, b) => rank(a) - rank(b));
  const shapes = ordered.map((d, i) => (d.geometry.type === 'Point' ? pointSvg(d, frame) : d.geometry.type.includes('Line') ? lineSvg(d, frame) : areaSvg(d, frame, i))).join('');
  const symbols = [...new Set(kept.filter((d) => !d.neighbour && d.geometry.type === 'Point').map((d) => d.feature.category))].map((c) => input.symbols.definition(c)).join('');
  const key = legend(kept, frame.height);
  const height = frame.height + key.height;
  const caption = fillTemplate(t.caption, { kommun: input.kommunName, at: stockholmDateTime(input.at) });
  const ownShape = boundary ? `<path d="${ringsPath(boundary, frame)}" fill="${COLORS.ownFill}" stroke="${COLORS.ownLine}" stroke-width="3" stroke-linejoin="round"/>` : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="${esc(FONT)}">`,
    `<title>${esc(caption)}</title>`,
    `<defs>${symbols}<clipPath id="frame"><rect width="${WIDTH}" height="${frame.height}"/></clipPath></defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<g clip-path="url(#frame)"><rect width="${WIDTH}" height="${frame.height}" fill="${COLORS.outside}"/>${neighbourKommuner(input, frame)}${ownShape}${shapes}</g>`,
    `<rect width="${WIDTH}" height="${frame.height}" fill="none" stroke="#111827" stroke-width="2"/>`,
    // Texts sit on white boxes, never a stroked halo: Chromium prints stroked text as Type 3 glyphs, several times the size.
    `<rect x="6" y="8" width="${Math.round(caption.length * 11.6 + 16)}" height="30" rx="5" fill="#fff" fill-opacity="0.9"/>`,
    `<text x="14" y="30" font-size="19" font-weight="700" fill="${COLORS.text}">${esc(caption)}</text>`,
    northArrow(frame),
    scaleBar(frame),
    `<rect x="${WIDTH - Math.round(t.attribution.length * 7.6 + 18)}" y="${frame.height - 28}" width="${Math.round(t.attribution.length * 7.6 + 14)}" height="24" rx="4" fill="#fff" fill-opacity="0.9"/>`,
    `<text x="${WIDTH - 10}" y="${frame.height - 10}" font-size="14" text-anchor="end" fill="${COLORS.text}">${esc(t.attribution)}</text>`,
    key.svg,
    '</svg>',
  ].join('');
  return { svg, bbox: frame.bbox, projection: 'EPSG:3006', drawn: kept.length, left_out: leftOut };
}
