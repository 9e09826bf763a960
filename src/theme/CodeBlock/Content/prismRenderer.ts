import siteConfig from '@generated/docusaurus.config';
import type * as PrismRenderer from 'prism-react-renderer';

// prism-react-renderer, evaluated the first time a code block has to be highlighted rather than
// when the page starts. Defining its grammars (and the extra ones below) walks every language
// Prism has; most page loads never need it, because blocks keep the server's HTML. The theme's
// own start-up module that did this eagerly is left out of the bundle (src/plugins/prismThemeCss.ts).

type Renderer = typeof PrismRenderer;

let renderer: Renderer | undefined;

/** Adds `themeConfig.prism.additionalLanguages`; Prism's components expect a global `Prism` while they load. */
function registerAdditionalLanguages(prism: Renderer['Prism']): void {
  const { additionalLanguages } = (siteConfig.themeConfig as { prism: { additionalLanguages: string[] } }).prism;
  const globals = globalThis as { Prism?: Renderer['Prism'] };
  const before = globals.Prism;
  globals.Prism = prism;
  for (const language of additionalLanguages) {
    // Docusaurus narrows this context to the configured languages, so only they are bundled.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(`prismjs/components/prism-${language}`);
  }
  delete globals.Prism;
  if (before !== undefined) globals.Prism = before;
}

export function loadPrismRenderer(): Renderer {
  if (!renderer) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('prism-react-renderer') as Renderer;
    registerAdditionalLanguages(loaded.Prism);
    renderer = loaded;
  }
  return renderer;
}
