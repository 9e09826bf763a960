/**
 * The performance budgets, checked against one bench run. Reported, never thrown: a failed
 * budget shows in the table and the summary line, and the bench still exits 0.
 */
import type { HeavyLibrary, PageWeight } from './assets';
import type { LighthouseCategory, LighthouseResult } from './lighthouse';
import type { PhoneLayout } from './phoneLayout';

export interface Budget {
  name: string;
  figure: string;
  budget: string;
  holds: boolean;
}

export interface BenchFigures {
  build: { ours: { wallSeconds: number; peakTreeRssMiB: number }; reference: { wallSeconds: number; peakTreeRssMiB: number } };
  /** Reference docs page (/docs/intro) weight, the yardstick for every guide page. */
  referenceGuide: PageWeight;
  referenceHome: PageWeight;
  guides: (PageWeight & { hasWidget: boolean })[];
  home: PageWeight;
  playground: PageWeight;
  lighthouse: (LighthouseResult & { role: 'home' | 'guide' | 'playground' })[];
  /** The reference's /docs/intro audited the same way: a yardstick for the machine, not a budget. */
  referenceLighthouse?: LighthouseResult;
  editorEditableMs: number | undefined;
  /** The playground at a phone's width; undefined when not measured. */
  phoneLayout?: PhoneLayout;
}

export const LIMITS = {
  guideJsRatio: 1.1,
  buildRatio: 1.5,
  perfGuide: 0.95,
  perfPlayground: 0.9,
  tbtPlaygroundMs: 300,
  editorEditableMs: 1000,
} as const;

const FORBIDDEN_WITHOUT_WIDGET: HeavyLibrary[] = ['monaco', 'msw'];

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);
const x = (value: number) => `${value.toFixed(2)}x`;

export function evaluateBudgets(f: BenchFigures): Budget[] {
  const budgets: Budget[] = [];
  const buildTime = ratio(f.build.ours.wallSeconds, f.build.reference.wallSeconds);
  budgets.push({ name: 'build wall time vs reference', figure: x(buildTime), budget: `<= ${x(LIMITS.buildRatio)}`, holds: buildTime <= LIMITS.buildRatio });
  const buildMem = ratio(f.build.ours.peakTreeRssMiB, f.build.reference.peakTreeRssMiB);
  budgets.push({ name: 'build peak memory vs reference', figure: x(buildMem), budget: `<= ${x(LIMITS.buildRatio)}`, holds: buildMem <= LIMITS.buildRatio });

  for (const guide of f.guides.filter((g) => !g.hasWidget)) {
    const r = ratio(guide.jsAfter, f.referenceGuide.jsAfter);
    budgets.push({ name: `JS of ${guide.path} (no widget) vs reference docs page`, figure: x(r), budget: `<= ${x(LIMITS.guideJsRatio)}`, holds: r <= LIMITS.guideJsRatio });
  }
  for (const page of [f.home, ...f.guides.filter((g) => !g.hasWidget)]) {
    const found = page.heavy.filter((lib) => FORBIDDEN_WITHOUT_WIDGET.includes(lib));
    budgets.push({ name: `no Monaco/MSW bytes on ${page.path}`, figure: found.length ? found.join(', ') : 'none', budget: 'none', holds: found.length === 0 });
  }
  const yardstick = f.referenceLighthouse?.scores.performance;
  for (const audit of f.lighthouse) {
    const perf = audit.scores.performance;
    const perfLimit = audit.role === 'playground' ? LIMITS.perfPlayground : LIMITS.perfGuide;
    budgets.push({ name: `Lighthouse performance, ${audit.path}`, figure: perf.toFixed(2), budget: `>= ${perfLimit.toFixed(2)}`, holds: perf >= perfLimit });
    if (audit.role === 'playground') {
      const tbt = audit.metrics.tbtMs;
      budgets.push({ name: `Lighthouse total blocking time, ${audit.path}`, figure: `${Math.round(tbt)} ms`, budget: `<= ${LIMITS.tbtPlaygroundMs} ms`, holds: tbt <= LIMITS.tbtPlaygroundMs });
    } else if (yardstick !== undefined) {
      // The same machine in the same run: a page of ours must not score below the stock docs page.
      budgets.push({ name: `Lighthouse performance, ${audit.path}, vs the stock docs page`, figure: `${perf.toFixed(2)} vs ${yardstick.toFixed(2)}`, budget: '>= stock', holds: perf >= yardstick });
    }
    for (const category of ['accessibility', 'best-practices', 'seo'] as LighthouseCategory[]) {
      const score = audit.scores[category];
      budgets.push({ name: `Lighthouse ${category}, ${audit.path}`, figure: score.toFixed(2), budget: '= 1.00', holds: score >= 1 });
    }
  }
  const editor = f.editorEditableMs;
  budgets.push({
    name: 'playground editor editable',
    figure: editor === undefined ? 'not measured' : `${Math.round(editor)} ms`,
    budget: `<= ${LIMITS.editorEditableMs} ms`,
    holds: editor !== undefined && editor <= LIMITS.editorEditableMs,
  });
  const phone = f.phoneLayout;
  budgets.push({
    name: `playground at a phone's width (${phone ? `${phone.viewport.width} px` : 'not measured'}): no sideways scroll, every control reachable`,
    figure: phone ? `${phone.overflowPx} px overflow, ${phone.unreachable.length} of ${phone.controls} controls unreachable` : 'not measured',
    budget: '0 px, 0 controls',
    holds: phone !== undefined && phone.overflowPx === 0 && phone.unreachable.length === 0,
  });
  return budgets;
}

export function summariseBudgets(budgets: Budget[]): string {
  return `budgets: ${budgets.filter((b) => b.holds).length} of ${budgets.length} hold`;
}
