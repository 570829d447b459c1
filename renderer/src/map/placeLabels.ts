import type { Place } from './places';

/**
 * Which place names to show at a zoom, and where: the bigger places first, never two labels over
 * one another. Pure (screen positions and label sizes come in), so it is tested on its own.
 */

/** The lowest zoom at which a place of this rank gets its name. */
export function minZoomOfRank(rank: number): number {
  if (rank <= 0) return 5;
  if (rank === 1) return 7;
  return 9;
}

export interface LabelCandidate {
  place: Place;
  /** The place's point on screen (px). */
  x: number;
  y: number;
}

export interface PlacedLabel {
  place: Place;
  /** The label box's top-left corner and size (px). */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept free around every label, so neighbours stay readable from across a room. */
const GAP = 4;
/** How far the label sits from its place's dot. */
const OFFSET = 7;

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.left < b.left + b.width + GAP && b.left < a.left + a.width + GAP && a.top < b.top + b.height + GAP && b.top < a.top + a.height + GAP;
}

/**
 * Places labels greedily, most important first (rank, then the order given): right of the dot,
 * else left, else above, else the place stays unnamed. Labels whose box would leave the view
 * (width × height) are tried on the other side; `size` measures a label's text.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  view: { width: number; height: number },
  size: (place: Place) => { width: number; height: number },
  offset = OFFSET,
): PlacedLabel[] {
  const shown = candidates
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => zoom >= minZoomOfRank(c.place.rank))
    .sort((a, b) => a.c.place.rank - b.c.place.rank || a.order - b.order);
  const placed: PlacedLabel[] = [];
  for (const { c } of shown) {
    const { width, height } = size(c.place);
    const options: PlacedLabel[] = [
      { place: c.place, left: c.x + offset, top: c.y - height / 2, width, height },
      { place: c.place, left: c.x - offset - width, top: c.y - height / 2, width, height },
      { place: c.place, left: c.x - width / 2, top: c.y - offset - height, width, height },
    ];
    const fit = options.find(
      (o) => o.left >= 0 && o.top >= 0 && o.left + o.width <= view.width && o.top + o.height <= view.height && !placed.some((p) => overlaps(o, p)),
    );
    if (fit) placed.push(fit);
  }
  return placed;
}
