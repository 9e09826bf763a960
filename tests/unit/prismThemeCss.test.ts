import { describe, expect, it } from 'vitest';
import { themes, type PrismTheme } from 'prism-react-renderer';
import { writePrismThemeCss } from '../../src/lib/prism/themeCss';
import { withAccessibleContrast } from '../../src/lib/prism/accessibleTheme';

interface Rule {
  selectors: string[];
  declarations: Record<string, string>;
}

// The test's own reading of the stylesheet: one rule per line, `selectors{prop:value;...}`.
function readRules(css: string): Rule[] {
  return css.split('\n').map((line) => {
    const match = /^([^{}]+)\{([^{}]*)\}$/.exec(line);
    if (!match) throw new Error(`not one rule per line: ${line}`);
    const declarations = Object.fromEntries(
      match[2].split(';').map((d) => {
        const at = d.indexOf(':');
        return [d.slice(0, at), d.slice(at + 1)];
      }),
    );
    return { selectors: match[1].split(','), declarations };
  });
}

/** What the browser applies to a one-type token with no language scope: later rules win, property by property. */
function cascadeFor(rules: Rule[], mode: string, type: string): Record<string, string> {
  const selector = `[data-theme='${mode}'] .token.${type}`;
  return Object.assign({}, ...rules.filter((r) => r.selectors.includes(selector)).map((r) => r.declarations));
}

/** prism-react-renderer's own result for a one-type token (its themeToDict), written out here. */
function rendererStyleFor(theme: PrismTheme, type: string): Record<string, string> {
  const merged = theme.styles.filter((e) => !e.languages && e.types.includes(type)).reduce((acc, e) => ({ ...acc, ...e.style }), {} as Record<string, unknown>);
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), String(v)]));
}

const light = withAccessibleContrast(themes.vsLight);
const dark = withAccessibleContrast(themes.vsDark);

describe('the code blocks’ colour stylesheet', () => {
  const rules = readRules(writePrismThemeCss({ light, dark }));

  it('gives every token type the colours prism-react-renderer would have put inline, in each mode', () => {
    for (const [mode, theme] of [['light', light], ['dark', dark]] as const) {
      const types = new Set(theme.styles.filter((e) => !e.languages).flatMap((e) => e.types));
      expect(types.size).toBeGreaterThan(10);
      for (const type of types) expect(cascadeFor(rules, mode, type), `${mode} ${type}`).toEqual(rendererStyleFor(theme, type));
    }
  });

  it('sets the block colours per mode, over the light ones the server writes inline', () => {
    expect(rules[0]).toEqual({
      selectors: ["[data-theme='light'] .theme-code-block"],
      declarations: { '--prism-color': `${light.plain.color}!important`, '--prism-background-color': `${light.plain.backgroundColor}!important` },
    });
    const darkBlock = rules.find((r) => r.selectors[0] === "[data-theme='dark'] .theme-code-block");
    expect(darkBlock?.declarations['--prism-background-color']).toBe(`${dark.plain.backgroundColor}!important`);
  });

  it('keeps a language-only entry to that language without raising its weight above later entries', () => {
    const scoped = rules.filter((r) => r.selectors.some((s) => s.includes(':where(')));
    // vsDark has markup-only entries; the light theme has none.
    expect(scoped.length).toBeGreaterThan(0);
    for (const rule of scoped) for (const s of rule.selectors) expect(s).toMatch(/^\[data-theme='dark'\] :where\(\.language-markup\) \.token\.[\w-]+$/);
  });

  it('writes nothing that could end a rule or a selector early', () => {
    const hostile: PrismTheme = {
      plain: { color: 'red;}body{display:none', backgroundColor: '#fff' },
      styles: [
        { types: ['keyword'], style: { color: 'blue}' } },
        { types: ['a{b'], style: { color: 'green' } },
        { types: ['string'], languages: ['x y'], style: { color: 'green' } },
        { types: ['number'], style: { opacity: 0.5, fontStyle: 'italic' } },
      ],
    };
    const css = writePrismThemeCss({ light: hostile, dark: hostile });
    expect(css).not.toMatch(/display:none|blue\}|a\{b|x y/);
    expect(css).toContain("[data-theme='light'] .token.number{opacity:0.5;font-style:italic}");
  });
});
