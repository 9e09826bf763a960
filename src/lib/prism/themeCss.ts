import type { PrismTheme } from 'prism-react-renderer';

/**
 * Turns the site's two Prism themes into one stylesheet keyed by Docusaurus's `data-theme`
 * attribute, so code blocks carry class names only (`token keyword`) and no colour of their own.
 *
 * Why: with inline colours, a code block's HTML depends on the colour mode, which the server
 * cannot know. Docusaurus therefore re-renders (and re-highlights) every code block after
 * hydration. With colours in a stylesheet the server's HTML is right in both modes, and the page
 * can keep it as it is (see `src/theme/CodeBlock/Content`).
 *
 * The cascade follows prism-react-renderer's own rules where it can: for one token type, a later
 * theme entry overrides an earlier one (rules keep the theme's order and all have the same
 * specificity; a `languages` scope sits in `:where()` so it adds none). A token with several types
 * (`function builtin`) takes, property by property, the rule that comes last in the theme, where
 * prism-react-renderer takes the type that comes last on the token. Every colour is still one of
 * the theme's own, contrast-checked ones.
 */
export interface PrismThemePair {
  light: PrismTheme;
  dark: PrismTheme;
}

type Style = PrismTheme['plain'];

/** Prism type and language names are plain identifiers; anything else could break out of a selector. */
const IDENTIFIER = /^[A-Za-z_][\w-]*$/;

function kebab(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** A value that cannot end its declaration or rule early; anything else is left out. */
function isSafeValue(value: unknown): value is string | number {
  return typeof value === 'number' || (typeof value === 'string' && !/[;{}<!]/.test(value));
}

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => isSafeValue(value))
    .map(([property, value]) => `${kebab(property)}:${String(value)}`)
    .join(';');
}

function modeRules(theme: PrismTheme, mode: 'light' | 'dark'): string[] {
  const scope = `[data-theme='${mode}']`;
  const rules: string[] = [];
  const container: string[] = [];
  // The container's own inline variables are written for the light mode on the server; these win
  // over them, so a dark page never flashes light code blocks before hydration.
  if (isSafeValue(theme.plain.color)) container.push(`--prism-color:${theme.plain.color}!important`);
  if (isSafeValue(theme.plain.backgroundColor)) container.push(`--prism-background-color:${theme.plain.backgroundColor}!important`);
  if (container.length > 0) rules.push(`${scope} .theme-code-block{${container.join(';')}}`);
  for (const entry of theme.styles) {
    const body = declarations(entry.style);
    const types = entry.types.filter((type) => IDENTIFIER.test(type));
    if (!body || types.length === 0) continue;
    const languages = (entry.languages ?? []).filter((language) => IDENTIFIER.test(language));
    if (entry.languages && languages.length === 0) continue;
    const within = languages.length > 0 ? ` :where(${languages.map((language) => `.language-${language}`).join(',')})` : '';
    const selectors = types.map((type) => `${scope}${within} .token.${type}`);
    rules.push(`${selectors.join(',')}{${body}}`);
  }
  return rules;
}

export function writePrismThemeCss(themes: PrismThemePair): string {
  return [...modeRules(themes.light, 'light'), ...modeRules(themes.dark, 'dark')].join('\n');
}

/** What code blocks highlight with: token classes, no colours (those come from the stylesheet above). */
export const CLASS_ONLY_THEME: PrismTheme = { plain: {}, styles: [] };
