// The entry of the Monaco bundle that src/plugins/monacoBundle.ts builds with esbuild (it is not
// imported by the site's own code): the core API, the editing features a user expects, and the
// three languages the playground shows. The page loads it from this site, never from a CDN.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/dnd/register.js';
import 'monaco-editor/languages/definitions/shell/register.js';
import 'monaco-editor/languages/definitions/yaml/register.js';
import 'monaco-editor/languages/definitions/ini/register.js';

export { monaco };
