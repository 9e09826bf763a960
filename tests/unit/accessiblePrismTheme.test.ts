import { describe, expect, it } from 'vitest';
import { themes } from 'prism-react-renderer';
import { contrastRatio, withAccessibleContrast } from '../../src/lib/accessiblePrismTheme';

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

describe('withAccessibleContrast', () => {
  it('computes the WCAG ratio of black on white as 21', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });

  for (const name of ['vsLight', 'vsDark', 'github', 'dracula'] as const) {
    it(`lifts every token colour of ${name} to at least 4.6:1`, () => {
      const theme = withAccessibleContrast(themes[name]);
      const bg = hex(theme.plain.backgroundColor!.slice(0, 7));
      for (const { style } of theme.styles) {
        if (style.color?.startsWith('#') && style.color.length === 7) {
          expect(contrastRatio(hex(style.color), bg)).toBeGreaterThanOrEqual(4.6);
        }
      }
    });
  }

  it('leaves colours that already pass untouched', () => {
    const theme = withAccessibleContrast({ plain: { color: '#000000', backgroundColor: '#ffffff' }, styles: [] });
    expect(theme.plain.color).toBe('#000000');
  });
});
