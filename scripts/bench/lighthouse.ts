/**
 * Lighthouse 12 with its default mobile settings (formFactor mobile, simulated throttling), run
 * programmatically against the compressed static server, in the Chromium the e2e tests use.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Record<LighthouseCategory, number>;
  /** Scores of every run, per category, when several runs were made (the median is reported). */
  runs: number;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
  /** Audits that did not pass, for the report: id and title. */
  failing: { id: string; title: string; score: number | null }[];
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface OneRun {
  scores: Record<LighthouseCategory, number>;
  metrics: LighthouseResult['metrics'];
  failing: LighthouseResult['failing'];
}

async function runOnce(port: number, url: string): Promise<OneRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<LighthouseCategory, number>;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = LIGHTHOUSE_CATEGORIES.filter((c) => c !== 'performance')
    .flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => ({ id: a.id, title: a.title, score: a.score }));
  return {
    scores,
    metrics: { fcpMs: numeric('first-contentful-paint'), lcpMs: numeric('largest-contentful-paint'), tbtMs: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') },
    failing,
  };
}

/** Audits each path `runs` times (one Chrome, a fresh tab and storage per run) and keeps medians. */
export async function auditPages(chromePath: string | undefined, origin: string, paths: string[], runs = 1): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const all: OneRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await runOnce(chrome.port, new URL(path, origin).href));
      const pick = (f: (r: OneRun) => number) => median(all.map(f));
      results.push({
        path,
        runs,
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])) as Record<LighthouseCategory, number>,
        metrics: { fcpMs: pick((r) => r.metrics.fcpMs), lcpMs: pick((r) => r.metrics.lcpMs), tbtMs: pick((r) => r.metrics.tbtMs), cls: pick((r) => r.metrics.cls) },
        failing: [...new Map(all.flatMap((r) => r.failing).map((f) => [f.id, f])).values()],
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
