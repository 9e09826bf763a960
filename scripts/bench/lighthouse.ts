/**
 * Lighthouse 12 with its default mobile settings (formFactor mobile, simulated throttling), run
 * programmatically against the compressed static server, in the Chromium the e2e tests use.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

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

interface SlimLhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

function readRun(lhr: SlimLhr): OneRun {
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<LighthouseCategory, number>;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = LIGHTHOUSE_CATEGORIES.filter((c) => c !== 'performance')
    // Only audits that weigh on the score; zero-weight ones (e.g. source maps) are advice.
    .flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0))
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, score: a.score }));
  return {
    scores,
    metrics: { fcpMs: numeric('first-contentful-paint'), lcpMs: numeric('largest-contentful-paint'), tbtMs: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') },
    failing,
  };
}

/**
 * Audits each path `runs` times (one Chrome; Lighthouse opens a fresh tab and clears storage per
 * run) and keeps the median of each score and metric. Lighthouse runs in a plain Node child
 * process (see lighthouseRunner.mjs).
 */
export async function auditPages(chromePath: string | undefined, origin: string, paths: string[], runs = 1): Promise<LighthouseResult[]> {
  const input = { chromePath, chromeFlags: CHROME_FLAGS, urls: paths.map((p) => new URL(p, origin).href), runs, categories: [...LIGHTHOUSE_CATEGORIES] };
  const { stdout } = await run(process.execPath, [join(__dirname, 'lighthouseRunner.mjs'), JSON.stringify(input)], { maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 });
  const pages = JSON.parse(stdout) as { url: string; lhrs: SlimLhr[] }[];
  return pages.map((page, index) => {
    const all = page.lhrs.map(readRun);
    const pick = (f: (r: OneRun) => number) => median(all.map(f));
    return {
      path: paths[index],
      runs,
      scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])) as Record<LighthouseCategory, number>,
      metrics: { fcpMs: pick((r) => r.metrics.fcpMs), lcpMs: pick((r) => r.metrics.lcpMs), tbtMs: pick((r) => r.metrics.tbtMs), cls: pick((r) => r.metrics.cls) },
      failing: [...new Map(all.flatMap((r) => r.failing).map((f) => [f.id, f])).values()],
    };
  });
}
