import { geoConicConformal, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';

export interface MapSize {
  width: number;
  height: number;
  /** Room around the points for their labels: [top, right, bottom, left]. */
  margin: readonly [number, number, number, number];
}

/** [lon, lat] pairs, the GeoJSON order. */
export type LonLat = [number, number];

/**
 * A conic projection centred between the Low Countries and China, fitted so every given point
 * (home and partner regions) is inside the frame with room for labels.
 */
export function fitProjection(points: readonly LonLat[], size: MapSize): GeoProjection {
  const projection = geoConicConformal().parallels([25, 55]).rotate([-60, 0]);
  const [top, right, bottom, left] = size.margin;
  const frame: [[number, number], [number, number]] = [
    [left, top],
    [size.width - right, size.height - bottom],
  ];
  if (points.length > 0) projection.fitExtent(frame, { type: 'MultiPoint', coordinates: [...points] });
  return projection.clipExtent([
    [0, 0],
    [size.width, size.height],
  ]);
}

/** An SVG path for any GeoJSON object; lines between two points follow the great circle. */
export function pathFor(projection: GeoProjection, object: GeoPermissibleObjects): string {
  return geoPath(projection)(object) ?? '';
}

export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** Set when the label had to move away from its point: draw a line from the point to here. */
  leader?: { x: number; y: number };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Rough text width: CJK characters are about square, Latin ones about half as wide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.58;
  return width;
}

/** How far (in lines) a label may be pushed up or down from a crowded point. */
const maxShiftLines = 6;

/**
 * Puts each label right, left, above or below its point, whichever first overlaps neither an
 * earlier label nor another point. In a cluster (the Flemish provinces) labels are pushed up or
 * down, left or right, with a leader line back to their point. When nothing fits, the label goes
 * right of its point.
 */
export function placeLabels(requests: readonly LabelRequest[], fontSize: number, pointRadius: number): PlacedLabel[] {
  const gap = pointRadius + 3;
  const taken: Box[] = requests.map((r) => ({
    left: r.x - pointRadius,
    right: r.x + pointRadius,
    top: r.y - pointRadius,
    bottom: r.y + pointRadius,
  }));
  return requests.map((request) => {
    const width = estimateTextWidth(request.text, fontSize);
    const baseline = request.y + fontSize * 0.35;
    const candidates = [
      candidate(request, 'start', request.x + gap, baseline, width, fontSize),
      candidate(request, 'end', request.x - gap, baseline, width, fontSize),
      candidate(request, 'middle', request.x, request.y - gap - 2, width, fontSize),
      candidate(request, 'middle', request.x, request.y + gap + fontSize, width, fontSize),
      ...shiftedCandidates(request, width, fontSize, gap, baseline),
    ];
    const free = candidates.find((c) => !taken.some((box) => overlaps(box, c.box))) ?? candidates[0]!;
    taken.push(free.box);
    return free.label;
  });
}

function shiftedCandidates(request: LabelRequest, width: number, fontSize: number, gap: number, baseline: number) {
  const line = fontSize * 1.3;
  const reach = gap + fontSize * 2;
  return Array.from({ length: maxShiftLines }, (_, i) => i + 1).flatMap((lines) =>
    [-1, 1].flatMap((direction) =>
      (['end', 'start'] as const).map((anchor) => {
        const x = anchor === 'end' ? request.x - reach : request.x + reach;
        const shifted = candidate(request, anchor, x, baseline + direction * lines * line, width, fontSize);
        shifted.label.leader = { x: anchor === 'end' ? x + 2 : x - 2, y: shifted.label.y - fontSize * 0.35 };
        return shifted;
      }),
    ),
  );
}

function candidate(
  request: LabelRequest,
  anchor: PlacedLabel['anchor'],
  x: number,
  baseline: number,
  width: number,
  fontSize: number,
): { label: PlacedLabel; box: Box } {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    label: { id: request.id, x, y: baseline, anchor },
    box: { left, right: left + width, top: baseline - fontSize, bottom: baseline + fontSize * 0.25 },
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
