import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectHeavy, kindOf, summariseAssets, type LoadedAsset, type PageWeight } from '../../scripts/bench/assets';
import { evaluateBudgets, summariseBudgets, type BenchFigures } from '../../scripts/bench/budgets';
import { parseProcStat, sumTreeRss } from '../../scripts/bench/processTree';
import { guidePaths, pageHasWidget, parseSitemapPaths } from '../../scripts/bench/sitemap';
import { formatTable } from '../../scripts/bench/table';

const asset = (over: Partial<LoadedAsset>): LoadedAsset => ({ url: 'http://h/a.js', kind: 'js', gzipBytes: 100, heavy: [], beforeLoad: true, resourceType: 'script', ...over });

describe('assets', () => {
  it('tells JS from CSS by content type or extension', () => {
    expect(kindOf('http://h/x.js?v=1', undefined)).toBe('js');
    expect(kindOf('http://h/x', 'text/javascript; charset=utf-8')).toBe('js');
    expect(kindOf('http://h/x.css', '')).toBe('css');
    expect(kindOf('http://h/x.svg', 'image/svg+xml')).toBeUndefined();
  });

  it('finds heavy libraries by their runtime strings, not by our own references to them', () => {
    expect(detectHeavy('a.className="monaco-editor-background"')).toEqual(['monaco']);
    expect(detectHeavy('return`[MSW] ${t}`')).toEqual(['msw']);
    expect(detectHeavy('/^(?:sequenceDiagram\\b)/i')).toEqual(['mermaid']);
    // The playground's route chunk names the worker script; a guide page holds its diagram source.
    expect(detectHeavy('useBaseUrl("/mockServiceWorker.js")')).toEqual([]);
    expect(detectHeavy('"```mermaid\\nsequenceDiagram\\n autonumber"')).toEqual([]);
  });

  it('sums before-load and full figures and keeps prefetches apart', () => {
    const page = summariseAssets('/p', [
      asset({ gzipBytes: 100 }),
      asset({ gzipBytes: 50, beforeLoad: false, heavy: ['mermaid'] }),
      asset({ kind: 'css', gzipBytes: 10 }),
      asset({ gzipBytes: 1000, resourceType: 'other', heavy: ['monaco'] }),
      asset({ gzipBytes: 7, beforeLoad: false, afterScroll: true }),
    ]);
    expect(page).toMatchObject({ jsBeforeLoad: 100, jsAfter: 150, jsScrolled: 157, cssBeforeLoad: 10, cssAfter: 10, prefetchedBytes: 1000, heavy: ['mermaid'] });
  });
});

describe('processTree', () => {
  it('reads ppid and rss from /proc/<pid>/stat even when the name has spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i));
    fields[0] = 'S'; // state
    fields[1] = '77'; // ppid
    fields[21] = '10'; // rss pages
    expect(parseProcStat(`123 (node (worker) x) ${fields.join(' ')}`)).toEqual({ ppid: 77, rssBytes: 40960 });
  });

  it('sums the whole tree and nothing else', () => {
    const table = new Map([
      [1, { ppid: 0, rssBytes: 1 }],
      [10, { ppid: 1, rssBytes: 100 }],
      [11, { ppid: 10, rssBytes: 20 }],
      [12, { ppid: 11, rssBytes: 3 }],
      [20, { ppid: 1, rssBytes: 5000 }],
    ]);
    expect(sumTreeRss(table, 10)).toBe(123);
  });
});

describe('sitemap', () => {
  const xml = `<urlset><url><loc>https://x.test/g/</loc></url><url><loc>https://x.test/g/docs/a</loc></url>
    <url><loc>https://x.test/g/docs/b</loc></url><url><loc>https://x.test/g/docs/tags/t</loc></url><url><loc>https://x.test/g/playground</loc></url></urlset>`;

  it('lists guide pages under the baseUrl', () => {
    const paths = parseSitemapPaths(xml);
    expect(paths).toHaveLength(5);
    expect(guidePaths(paths, '/g/')).toEqual(['/g/docs/a', '/g/docs/b']);
  });

  it('knows a widget page by its component import, found by slug or by file name', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'docs'));
    writeFileSync(join(site, 'docs', 'first.mdx'), "---\nslug: /a\n---\nimport X from '@site/src/components/X';\n<X />\n");
    writeFileSync(join(site, 'docs', 'b.md'), '---\ntitle: B\n---\nPlain text.\n');
    expect(pageHasWidget(site, '/g/docs/a', '/g/')).toBe(true);
    expect(pageHasWidget(site, '/g/docs/b', '/g/')).toBe(false);
    expect(pageHasWidget(site, '/g/docs/missing', '/g/')).toBe(false);
  });
});

const weight = (path: string, jsAfter: number, heavy: PageWeight['heavy'] = []): PageWeight => ({ path, jsBeforeLoad: jsAfter, cssBeforeLoad: 0, jsAfter, cssAfter: 0, jsScrolled: jsAfter, prefetchedBytes: 0, heavy, assets: [] });

function figures(over: Partial<BenchFigures> = {}): BenchFigures {
  const scores = { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1 };
  const lh = (path: string, role: 'home' | 'guide' | 'playground') => ({ path, role, scores: { ...scores }, runs: 1, metrics: { fcpMs: 1, lcpMs: 1, tbtMs: 0, cls: 0 }, failing: [] });
  return {
    build: { ours: { wallSeconds: 60, peakTreeRssMiB: 900 }, reference: { wallSeconds: 50, peakTreeRssMiB: 800 } },
    referenceHome: weight('/', 100),
    referenceGuide: weight('/docs/intro', 100),
    home: weight('/', 100),
    guides: [{ ...weight('/docs/a', 110), hasWidget: false }, { ...weight('/docs/w', 900, ['monaco']), hasWidget: true }],
    playground: weight('/playground', 2000, ['monaco', 'msw']),
    lighthouse: [lh('/', 'home'), lh('/docs/w', 'guide'), { ...lh('/playground', 'playground'), scores: { ...scores, performance: 0.91 } }],
    editorEditableMs: 800,
    referenceLighthouse: { ...lh('/docs/intro', 'guide'), scores: { ...scores, performance: 0.9 } },
    phoneLayout: { viewport: { width: 375, height: 812 }, overflowPx: 0, unreachable: [], controls: 40 },
    ...over,
  };
}

describe('budgets', () => {
  it('all hold for figures within every limit', () => {
    const budgets = evaluateBudgets(figures());
    expect(budgets.every((b) => b.holds)).toBe(true);
    // build x2, one no-widget guide JS, home + one guide heavy check, 3 pages x 4 Lighthouse,
    // home and guide vs the stock page, playground TBT, editor, phone layout
    expect(budgets).toHaveLength(2 + 1 + 2 + 12 + 2 + 1 + 1 + 1);
    expect(summariseBudgets(budgets)).toBe('budgets: 22 of 22 hold');
  });

  it('fails the JS ratio, heavy bytes, scores, editor and build where they break their limits', () => {
    const f = figures({
      guides: [{ ...weight('/docs/a', 111, ['msw']), hasWidget: false }],
      editorEditableMs: 1001,
      build: { ours: { wallSeconds: 76, peakTreeRssMiB: 900 }, reference: { wallSeconds: 50, peakTreeRssMiB: 800 } },
    });
    f.lighthouse[1].scores.performance = 0.94;
    f.lighthouse[2].scores.seo = 0.92;
    const failed = evaluateBudgets(f).filter((b) => !b.holds).map((b) => b.name);
    expect(failed).toEqual([
      'build wall time vs reference',
      'JS of /docs/a (no widget) vs reference docs page',
      'no Monaco/MSW bytes on /docs/a',
      'Lighthouse performance, /docs/w',
      'Lighthouse seo, /playground',
      'playground editor editable',
    ]);
  });

  it('holds a page of ours to the stock docs page of the same run, and the playground to 300 ms of blocking', () => {
    const f = figures({ referenceLighthouse: { ...figures().referenceLighthouse!, scores: { performance: 0.995, accessibility: 1, 'best-practices': 1, seo: 1 } } });
    f.lighthouse[2].metrics.tbtMs = 301;
    const failed = evaluateBudgets(f).filter((b) => !b.holds).map((b) => b.name);
    expect(failed).toEqual(['Lighthouse performance, /, vs the stock docs page', 'Lighthouse performance, /docs/w, vs the stock docs page', 'Lighthouse total blocking time, /playground']);
  });

  it('fails the phone layout on sideways scroll, an unreachable control, or no measurement', () => {
    const phone = figures().phoneLayout!;
    const holds = (p: typeof phone | undefined) => evaluateBudgets(figures({ phoneLayout: p })).find((b) => b.name.startsWith('playground at a phone'))!.holds;
    expect(holds(phone)).toBe(true);
    expect(holds({ ...phone, overflowPx: 12 })).toBe(false);
    expect(holds({ ...phone, unreachable: ['button "Request token" at x 380..460'] })).toBe(false);
    // Spread of undefined keeps the default; an explicit undefined means "not measured".
    const f = figures();
    delete f.phoneLayout;
    expect(evaluateBudgets(f).find((b) => b.name.startsWith('playground at a phone'))!.holds).toBe(false);
  });

  it('counts an unmeasured editor as not holding', () => {
    expect(evaluateBudgets(figures({ editorEditableMs: undefined })).find((b) => b.name === 'playground editor editable')?.holds).toBe(false);
  });
});

describe('formatTable', () => {
  it('pads columns and right-aligns numeric ones', () => {
    expect(formatTable(['name', 'size'], [['a', '1.0 KiB'], ['longer', '10.5 KiB']]).split('\n')).toEqual(['name    size', '------  --------', 'a        1.0 KiB', 'longer  10.5 KiB']);
  });
});
