// Runs Lighthouse in plain Node, not through tsx: tsx's transform adds a `__name` helper to
// functions, and Lighthouse sends some of its own functions' source to the page to evaluate
// there, where that helper does not exist. Input: one JSON argument; output: JSON on stdout.
//   { chromePath, chromeFlags, urls, runs, categories }
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const { chromePath, chromeFlags, urls, runs, categories } = JSON.parse(process.argv[2]);
const chrome = await launch({ chromePath, chromeFlags });
const out = [];
try {
  for (const url of urls) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
      const { categories: cats, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
      // Only what the report needs: category scores with their audit ids, and the audits' scores.
      lhrs.push({
        categories: Object.fromEntries(Object.entries(cats).map(([id, c]) => [id, { score: c.score, auditRefs: c.auditRefs.map((r) => ({ id: r.id, weight: r.weight })) }])),
        audits: Object.fromEntries(Object.entries(audits).map(([id, a]) => [id, { id, title: a.title, score: a.score, scoreDisplayMode: a.scoreDisplayMode, numericValue: a.numericValue }])),
      });
    }
    out.push({ url, lhrs });
  }
} finally {
  chrome.kill();
}
process.stdout.write(JSON.stringify(out));
