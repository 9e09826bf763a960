/**
 * A webpack/Rspack loader that turns any file into a module exporting its text, so a page can show
 * a real example file (the same file the tests run) without a copy that could drift.
 * Use it inline: import text from '!!<path to this file>!<path to the example>';
 */
module.exports = function rawSourceLoader(source) {
  return `export default ${JSON.stringify(String(source))};`;
};
