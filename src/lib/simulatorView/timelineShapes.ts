/**
 * SVG path data for an aggregated timeline: a whole row of columns becomes one path, and
 * neighbouring columns of the same height merge into one rectangle, so the DOM stays small
 * whatever the run's size.
 */

export interface BandGeometry {
  /** Left edge of column 0, px. */
  x0: number;
  /** Width of one column, px. */
  columnWidth: number;
  /** Bottom of the band, px (values grow upwards). */
  bottom: number;
  /** Height that a value of 1 fills, px. */
  height: number;
}

/**
 * Rectangles for `values` (0..1 shares) stacked on `below` (the shares already drawn under them),
 * rounded to a tenth of a pixel so near-equal neighbours merge. Columns at or past `limit` are left
 * out (playback reveals a run up to its play head).
 */
export function bandPath(values: number[], g: BandGeometry, below?: number[], limit = values.length): string {
  const parts: string[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  let runStart = -1;
  let runTop = 0;
  let runHeight = 0;
  const flush = (end: number) => {
    if (runStart < 0 || runHeight <= 0) return;
    const x = round(g.x0 + runStart * g.columnWidth);
    const w = round((end - runStart) * g.columnWidth);
    parts.push(`M${x} ${runTop}h${w}v${runHeight}h${-w}Z`);
  };
  const n = Math.min(limit, values.length);
  for (let c = 0; c < n; c++) {
    const v = Math.max(0, Math.min(1, values[c] ?? 0));
    const base = Math.max(0, Math.min(1, below?.[c] ?? 0));
    const h = round(v * g.height);
    const top = round(g.bottom - (base + v) * g.height);
    if (h !== runHeight || (h > 0 && top !== runTop)) {
      flush(c);
      runStart = c;
      runTop = top;
      runHeight = h;
    }
  }
  flush(n);
  return parts.join('');
}

/** Element-wise sum of share arrays (the base the next state stacks on). */
export function addShares(a: number[], b: number[]): number[] {
  return a.map((v, i) => v + (b[i] ?? 0));
}

/**
 * Merge columns into bins of `binSize` for marks (a mark is wider than a pixel column): the sum
 * per bin and the column at each bin's centre.
 */
export function binCounts(counts: number[], binSize: number, limit = counts.length): { column: number; count: number }[] {
  const size = Math.max(1, Math.floor(binSize));
  const out: { column: number; count: number }[] = [];
  const n = Math.min(limit, counts.length);
  for (let start = 0; start < n; start += size) {
    let sum = 0;
    for (let c = start; c < Math.min(start + size, n); c++) sum += counts[c];
    if (sum > 0) out.push({ column: Math.min(start + size / 2, n), count: sum });
  }
  return out;
}

export type MarkShape = 'circle' | 'cross' | 'square' | 'diamond';

/** One path holding a mark of `shape` (about `size` px across) centred at each x. */
export function marksPath(shape: MarkShape, xs: number[], y: number, size: number): string {
  const r = size / 2;
  const k = Math.round(r * 10) / 10;
  return xs
    .map((raw) => {
      const x = Math.round(raw * 10) / 10;
      switch (shape) {
        case 'circle':
          return `M${x - k} ${y}a${k} ${k} 0 1 0 ${2 * k} 0a${k} ${k} 0 1 0 ${-2 * k} 0Z`;
        case 'square':
          return `M${x - k * 0.85} ${y - k * 0.85}h${1.7 * k}v${1.7 * k}h${-1.7 * k}Z`;
        case 'diamond':
          return `M${x} ${y - k}l${k} ${k}l${-k} ${k}l${-k} ${-k}Z`;
        case 'cross': {
          // A plus sign turned 45°, arms a third as wide as the mark: reads as a cross without colour.
          const w = k / 3;
          const plus = [[-w, -k], [w, -k], [w, -w], [k, -w], [k, w], [w, w], [w, k], [-w, k], [-w, w], [-k, w], [-k, -w], [-w, -w]];
          const pts = plus.map(([px, py]) => `${Math.round((x + (px - py) * Math.SQRT1_2) * 10) / 10} ${Math.round((y + (px + py) * Math.SQRT1_2) * 10) / 10}`);
          return `M${pts.join('L')}Z`;
        }
      }
    })
    .join('');
}

/** A line through the budget minimum per column, scaled from 0 (bottom) to `max` (top). */
export function budgetPath(values: number[], max: number, g: BandGeometry, limit = values.length): string {
  const n = Math.min(limit, values.length);
  if (n === 0) return '';
  const y = (v: number) => Math.round((g.bottom - (Math.max(0, Math.min(max, v)) / max) * g.height) * 10) / 10;
  const parts = [`M${g.x0} ${g.bottom}`];
  for (let c = 0; c < n; c++) {
    const x = Math.round((g.x0 + c * g.columnWidth) * 10) / 10;
    parts.push(`L${x} ${y(values[c])}`, `L${Math.round((g.x0 + (c + 1) * g.columnWidth) * 10) / 10} ${y(values[c])}`);
  }
  parts.push(`L${Math.round((g.x0 + n * g.columnWidth) * 10) / 10} ${g.bottom}Z`);
  return parts.join('');
}
