import type { PrismTheme } from 'prism-react-renderer';

// Stock Prism themes have token colours below WCAG AA against their own background, and the
// site-wide accessibility test fails on them. This nudges each failing colour towards black or
// white until it reaches the ratio, leaving the theme's character otherwise intact.

type Rgb = [number, number, number];

/** A colour as the theme writes it: rgb plus alpha (1 when opaque); undefined for syntax we do not know. */
function parseColour(colour: string): { rgb: Rgb; alpha: number } | undefined {
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+)(%?))?\s*\)$/i.exec(colour.trim());
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : Number(fn[4]) / (fn[5] ? 100 : 1);
    return { rgb: [Number(fn[1]), Number(fn[2]), Number(fn[3])], alpha };
  }
  let hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
  const [r, g, b, a] = [0, 2, 4, 6].map((i) => parseInt(hex!.slice(i, i + 2), 16));
  return { rgb: [r, g, b], alpha: Number.isNaN(a) ? 1 : a / 255 };
}

/** What the reader sees: the colour composited over the background, with the token's opacity. */
function renderedColour(colour: string, opacity: number, background: Rgb): Rgb | undefined {
  const parsed = parseColour(colour);
  if (!parsed) return undefined;
  const alpha = parsed.alpha * opacity;
  return parsed.rgb.map((v, i) => v * alpha + background[i] * (1 - alpha)) as Rgb;
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

/** The colour itself when it passes as rendered, otherwise an opaque colour nudged until it does. */
function ensureContrast(colour: string, opacity: number, background: Rgb, minimum: number): string | undefined {
  const fg = renderedColour(colour, opacity, background);
  if (!fg) return undefined;
  if (contrastRatio(fg, background) >= minimum) return colour;
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = fg.map((v, i) => Math.round(v + (target[i] - v) * t)) as Rgb;
    if (contrastRatio(mixed, background) >= minimum) return toHex(mixed);
  }
  return toHex(target);
}

type TokenStyle = PrismTheme['plain'];

/** `inherited` is the plain colour: a token with only an opacity (GitHub's namespaces) fades it. */
function accessibleStyle(style: TokenStyle, inherited: string, background: Rgb, minimum: number): TokenStyle {
  if (!style.color && style.opacity === undefined) return style;
  const opacity = typeof style.opacity === 'number' ? style.opacity : Number(style.opacity ?? 1);
  const own = style.color ?? inherited;
  const color = ensureContrast(own, opacity, background, minimum);
  if (color === own) return style;
  // An unknown colour syntax cannot be measured: fall back to the theme's plain colour, which is.
  const { opacity: _dropped, ...rest } = style;
  return { ...rest, color: color ?? undefined };
}

export function withAccessibleContrast(theme: PrismTheme, minimum = 4.6): PrismTheme {
  const background = parseColour(theme.plain.backgroundColor ?? '#ffffff')?.rgb ?? [255, 255, 255];
  const plain = accessibleStyle({ ...theme.plain, color: theme.plain.color ?? '#000000' }, '#000000', background, minimum);
  const inherited = plain.color ?? '#000000';
  return {
    plain,
    styles: theme.styles.map((entry) => ({ ...entry, style: accessibleStyle(entry.style, inherited, background, minimum) })),
  };
}
