import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitProjection, placeLabels } from './map-geometry';

describe('fitProjection', () => {
  it('keeps Flanders and Guangdong inside the frame', () => {
    const size = { width: 960, height: 520, margin: [40, 40, 40, 40] as const };
    const projection = fitProjection(
      [
        [4.4, 51.0],
        [113.3, 23.1],
        [114.5, 38.0],
      ],
      size,
    );
    for (const point of [
      [4.4, 51.0],
      [113.3, 23.1],
    ] as const) {
      const [x, y] = projection([...point])!;
      expect(x).toBeGreaterThanOrEqual(40 - 0.5);
      expect(x).toBeLessThanOrEqual(size.width - 40 + 0.5);
      expect(y).toBeGreaterThanOrEqual(40 - 0.5);
      expect(y).toBeLessThanOrEqual(size.height - 40 + 0.5);
    }
  });
});

describe('placeLabels', () => {
  it('moves a label away from a neighbour it would cover', () => {
    const [first, second] = placeLabels(
      [
        { id: 'sichuan', x: 100, y: 100, text: 'Sichuan' },
        { id: 'chongqing', x: 130, y: 102, text: 'Chongqing' },
      ],
      16,
      5,
    );
    expect(first?.anchor).not.toBe('start');
    expect(second?.anchor).toBe('start');
  });

  it('spreads a cluster of points over separate lines with leader lines', () => {
    const cluster = ['Antwerp', 'East Flanders', 'Flemish Brabant', 'Limburg', 'The Netherlands'].map((text, i) => ({
      id: text,
      x: 200 + (i % 2) * 6,
      y: 100 + i * 4,
      text,
    }));
    const placed = placeLabels(cluster, 16, 5);
    const baselines = placed.map((label) => `${label.anchor}:${label.y}`);
    expect(new Set(baselines).size).toBe(cluster.length);
    expect(placed.some((label) => label.leader)).toBe(true);
  });

  it('counts Chinese characters as wider than Latin ones', () => {
    expect(estimateTextWidth('四川', 10)).toBeGreaterThan(estimateTextWidth('ab', 10));
  });
});
