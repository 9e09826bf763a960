/**
 * npm run bench: builds this site and a stock Docusaurus site (the reference) cold, serves both
 * compressed, and measures in one run: build time and memory, JS/CSS per page, Lighthouse,
 * the playground's timings and the simulator's. Prints tables and the budgets, writes
 * bench-results/bench.json and bench-results/bench.md. Exits 0 even when a budget fails.
 *
 * Environment: BENCH_PORT (first of two ports; default: any free ones), LH_RUNS (Lighthouse runs
 * per page, median kept; default 3), EDITOR_RUNS (cold visits for the editor time; default 3),
 * ROUND_TRIPS (default 50), SITE_BASE_URL (as for the build), KEEP_BENCH_DIR=1 keeps the builds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../tests/e2e/support/find-chromium';
import { buildSite, prepareReferenceSite } from './sites';
import { startStaticServer } from './staticServer';
import { guidePaths, pageHasWidget, readSitemapPaths } from './sitemap';
import { waitForPlaygroundEditor, weighPage } from './pageWeight';
import { auditPages } from './lighthouse';
import { measureEditorEditable, measureTokenTimes } from './playgroundTimings';
import { auditPhoneLayout } from './phoneLayout';
import { runSimulatorBench } from './simulatorFigure';
import { measureCredentialsParsing } from './credentials';
import { evaluateBudgets, summariseBudgets, type BenchFigures } from './budgets';
import { buildReport } from './report';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const step = (text: string) => process.stderr.write(`[bench] ${text}\n`);

function normaliseBaseUrl(value: string | undefined): string {
  const trimmed = (value ?? '/').trim() || '/';
  const lead = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Timings on a busy machine are slower: the report says how busy it was.
  const loadAtStart = loadavg()[0];
  const choice = findChromium(() => chromium.executablePath());
  if (!choice) throw new Error(NO_CHROMIUM_MESSAGE);
  const chromePath = choice.executablePath ?? chromium.executablePath();
  const baseUrl = normaliseBaseUrl(process.env.SITE_BASE_URL);
  const workDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const port = num('BENCH_PORT', 0);

  try {
    step('building the reference site (create-docusaurus classic template), cold');
    const referenceDir = prepareReferenceSite(projectDir, workDir);
    const reference = await buildSite('reference', projectDir, referenceDir, join(workDir, 'reference-build'), '/');
    step(`  ${reference.build.wallSeconds.toFixed(1)} s; building this site, cold`);
    const ours = await buildSite('ours', projectDir, projectDir, join(workDir, 'ours-build'), baseUrl);
    step(`  ${ours.build.wallSeconds.toFixed(1)} s`);

    const ourServer = await startStaticServer({ root: ours.outDir, baseUrl, port, warm: true });
    const refServer = await startStaticServer({ root: reference.outDir, baseUrl: '/', port: port ? port + 1 : 0, warm: true });
    try {
      const paths = readSitemapPaths(ours.outDir);
      const guides = guidePaths(paths, baseUrl);
      const playgroundPath = `${baseUrl}playground`;
      const origin = new URL(ourServer.url).origin;
      const refOrigin = new URL(refServer.url).origin;

      const browser = await chromium.launch({
        executablePath: chromePath,
        args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
      });
      let figures: Omit<BenchFigures, 'lighthouse'>;
      let tokenTimes: Awaited<ReturnType<typeof measureTokenTimes>>;
      const editorRuns: number[] = [];
      try {
        step(`weighing pages: reference /, /docs/intro; ours ${baseUrl}, ${guides.length} guide page(s), ${playgroundPath}`);
        const referenceHome = await weighPage(browser, refOrigin, '/');
        const referenceGuide = await weighPage(browser, refOrigin, '/docs/intro', { scroll: true });
        const home = await weighPage(browser, origin, baseUrl);
        const guideWeights = [];
        for (const path of guides) guideWeights.push({ ...(await weighPage(browser, origin, path, { scroll: true })), hasWidget: pageHasWidget(projectDir, path, baseUrl) });
        const playground = await weighPage(browser, origin, playgroundPath, { ready: waitForPlaygroundEditor });

        step('timing the playground');
        for (let i = 0; i < num('EDITOR_RUNS', 3); i++) editorRuns.push(await measureEditorEditable(browser, origin + playgroundPath));
        tokenTimes = await measureTokenTimes(browser, origin + playgroundPath, num('ROUND_TRIPS', 50));
        step('the playground at a phone\'s width');
        // A failure here is reported as the budget failing, not as the loss of the whole run.
        const phoneLayout = await auditPhoneLayout(browser, origin + playgroundPath).catch((error: Error) => {
          step(`  not measured: ${error.message.split('\n')[0]}`);
          return undefined;
        });
        figures = {
          build: { ours: ours.build, reference: reference.build },
          referenceHome,
          referenceGuide,
          home,
          guides: guideWeights,
          playground,
          editorEditableMs: median(editorRuns),
          phoneLayout,
        };
      } finally {
        await browser.close();
      }

      // A guide page with a widget (the token inspector's, if there) and one without.
      const preferred = ['access-tokens', 'create-a-client'].map((slug) => `${baseUrl}docs/${slug}`).find((p) => guides.includes(p));
      const withWidget = figures.guides.find((g) => g.hasWidget)?.path;
      const lighthouseGuide = preferred ?? withWidget ?? guides[0];
      const plainGuide = figures.guides.find((g) => !g.hasWidget)?.path;
      const guideNote = `${preferred || withWidget ? 'a guide page with an embedded widget' : 'no guide page has a widget yet: the first guide page'}${plainGuide ? `; ${plainGuide}: a guide page without one` : ''}`;
      const auditTargets = [baseUrl, plainGuide, lighthouseGuide, playgroundPath].filter((p): p is string => Boolean(p));
      step(`Lighthouse (mobile, default throttling) on ${auditTargets.join(', ')}`);
      const audits = await auditPages(chromePath, origin, auditTargets, num('LH_RUNS', 3));
      // The reference's docs page under the same conditions: shows how much of a score is the machine.
      const [referenceAudit] = await auditPages(chromePath, refOrigin, ['/docs/intro'], num('LH_RUNS', 3));
      const lighthouse = audits.map((a) => ({ ...a, role: a.path === baseUrl ? ('home' as const) : a.path === playgroundPath ? ('playground' as const) : ('guide' as const) }));

      step('simulator benchmark (npm run bench:sim)');
      const simulator = runSimulatorBench(projectDir);
      step('credentials parser (scripts/bench/credentials.ts)');
      const credentialsParsing = measureCredentialsParsing();

      const all: BenchFigures = { ...figures, lighthouse, referenceLighthouse: referenceAudit };
      const budgets = evaluateBudgets(all);
      const report = buildReport({
        when: new Date().toISOString(),
        machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', chromium: `${chromePath} (${choice.source})`, loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] } },
        figures: all,
        editorRuns,
        tokenTimes,
        lighthouseGuideNote: `${lighthouseGuide}: ${guideNote}`,
        simulator,
        credentialsParsing,
        budgets,
        summary: summariseBudgets(budgets),
        totalSeconds: (performance.now() - started) / 1000,
      });
      process.stdout.write(`${report.text}\n`);
      const outDir = join(projectDir, 'bench-results');
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(report.json, null, 2)}\n`);
      writeFileSync(join(outDir, 'bench.md'), `${report.markdown}\n`);
      step(`wrote bench-results/bench.json and bench-results/bench.md`);
    } finally {
      await ourServer.close();
      await refServer.close();
    }
  } finally {
    if (!process.env.KEEP_BENCH_DIR) rmSync(workDir, { recursive: true, force: true });
    else step(`kept ${workDir}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
