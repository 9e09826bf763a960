import { describe, expect, it } from 'vitest';
import { themes, type PrismTheme } from 'prism-react-renderer';
import { contrastRatio, withAccessibleContrast } from '../../src/lib/prism/accessibleTheme';

type Rgb = [number, number, number];

// The test's own reading of CSS colours, independent of the module's: it throws on any syntax it
// does not know, so a colour the module leaves unmeasured fails the test instead of being skipped.
function readColour(colour: string): { rgb: Rgb; alpha: number } {
  const text = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]+)$/.exec(text)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const bytes = full.match(/../g)!.map((b) => parseInt(b, 16));
    return { rgb: [bytes[0], bytes[1], bytes[2]], alpha: bytes.length === 4 ? bytes[3] / 255 : 1 };
  }
  const fn = /^rgba?\((.*)\)$/.exec(text)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : Number(parts[3]);
    return { rgb: [Number(parts[0]), Number(parts[1]), Number(parts[2])], alpha };
  }
  throw new Error(`unknown colour syntax: ${colour}`);
}

/** The colour a reader sees for a token: its colour (or the plain one) with its opacity, over the background. */
function rendered(style: PrismTheme['plain'], plain: PrismTheme['plain']): { fg: Rgb; bg: Rgb } {
  const bg = readColour(plain.backgroundColor ?? '#ffffff').rgb;
  const { rgb, alpha } = readColour(style.color ?? plain.color ?? '#000000');
  const a = alpha * Number(style.opacity ?? 1);
  return { fg: rgb.map((v, i) => v * a + bg[i] * (1 - a)) as Rgb, bg };
}

function lowestContrast(theme: PrismTheme): number {
  const ratios = [theme.plain, ...theme.styles.map((s) => s.style)].map((style) => {
    const { fg, bg } = rendered(style, theme.plain);
    return contrastRatio(fg, bg);
  });
  return Math.min(...ratios);
}

// Every colour syntax a theme may use, and faint tokens that only fail once opacity is counted.
const awkward: PrismTheme = {
  plain: { color: '#888', backgroundColor: '#fff' },
  styles: [
    { types: ['comment'], style: { color: 'rgba(0, 0, 0, 0.3)' } },
    { types: ['string'], style: { color: 'rgb(0 128 0 / 40%)' } },
    { types: ['keyword'], style: { color: '#0000ff80' } },
    { types: ['number'], style: { color: '#f00f' } },
    { types: ['punctuation'], style: { color: '#000000', opacity: 0.4 } },
    { types: ['tag'], style: { color: 'hsl(0 0% 60%)' } },
    { types: ['italic'], style: { fontStyle: 'italic' } },
  ],
};

describe('withAccessibleContrast', () => {
  it('computes the WCAG ratio of black on white as 21', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });

  it('the check itself fails on the stock themes the site starts from', () => {
    // Without this the test below could pass with a check that measures nothing.
    expect(lowestContrast(themes.vsLight)).toBeLessThan(4.6);
    expect(lowestContrast(themes.vsDark)).toBeLessThan(4.6);
    expect(() => lowestContrast(awkward)).toThrow(/unknown colour syntax/);
  });

  for (const name of ['vsLight', 'vsDark', 'github', 'dracula'] as const) {
    it(`lifts every token colour of ${name}, as rendered, to at least 4.6:1`, () => {
      expect(lowestContrast(withAccessibleContrast(themes[name]))).toBeGreaterThanOrEqual(4.6);
    });
  }

  it('counts alpha and opacity, and replaces colours it cannot measure', () => {
    expect(lowestContrast(withAccessibleContrast(awkward))).toBeGreaterThanOrEqual(4.6);
  });

  it('leaves colours that already pass untouched, whatever their syntax', () => {
    const theme = withAccessibleContrast({
      plain: { color: '#000000', backgroundColor: '#ffffff' },
      styles: [{ types: ['a'], style: { color: 'rgb(0, 0, 0)' } }],
    });
    expect(theme.plain.color).toBe('#000000');
    expect(theme.styles[0].style.color).toBe('rgb(0, 0, 0)');
  });
});
