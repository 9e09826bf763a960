import type { PrismTheme } from 'prism-react-renderer';

// Stock Prism themes have token colours below WCAG AA against their own background, and the
// site-wide accessibility test fails on them. This nudges each failing colour towards black or
// white until it reaches the ratio, leaving the theme's character otherwise intact.

type Rgb = [number, number, number];

function parseColour(colour: string): Rgb | undefined {
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) return undefined;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(hex!.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function ensureContrast(colour: string, background: Rgb, minimum: number): string {
  const fg = parseColour(colour);
  if (!fg || contrastRatio(fg, background) >= minimum) return colour;
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = fg.map((v, i) => Math.round(v + (target[i] - v) * t)) as Rgb;
    if (contrastRatio(mixed, background) >= minimum) return toHex(mixed);
  }
  return toHex(target);
}

export function withAccessibleContrast(theme: PrismTheme, minimum = 4.6): PrismTheme {
  const background = parseColour(theme.plain.backgroundColor ?? '#ffffff') ?? [255, 255, 255];
  return {
    plain: { ...theme.plain, color: ensureContrast(theme.plain.color ?? '#000000', background, minimum) },
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: entry.style.color
        ? { ...entry.style, color: ensureContrast(entry.style.color, background, minimum) }
        : entry.style,
    })),
  };
}
