/** Turns one bench run into the printed tables, a Markdown version and the JSON record. */
import type { PageWeight } from './assets';
import type { Budget, BenchFigures } from './budgets';
import type { PlaygroundTimings } from './playgroundTimings';
import type { SimulatorFigures } from './simulatorFigure';
import type { ParseFigure } from './credentials';
import { formatMarkdownTable, formatTable, kib, times, type Row } from './table';

export interface ReportInput {
  when: string;
  machine: { node: string; cpus: number; cpuModel: string; chromium: string; loadAverage: { atStart: number; atEnd: number } };
  figures: BenchFigures;
  editorRuns: number[];
  tokenTimes: Omit<PlaygroundTimings, 'editorEditableMs'>;
  lighthouseGuideNote: string;
  simulator: SimulatorFigures;
  credentialsParsing: ParseFigure[];
  budgets: Budget[];
  summary: string;
  totalSeconds: number;
}

interface Section {
  title: string;
  header: string[];
  rows: Row[];
  notes?: string[];
}

const ms = (value: number) => `${Math.round(value)} ms`;
const REFERENCE_NOTE =
  'Reference: a stock Docusaurus site from the create-docusaurus 3.10.2 `classic` template (docs + blog + pages), built from the same installed packages; both sites have future.v4 (Docusaurus Faster: Rspack) and are built cold (DOCUSAURUS_NO_PERSISTENT_CACHE=1).';

function weightRow(label: string, page: PageWeight, yardstick: PageWeight, note: string): Row {
  return [
    label,
    kib(page.jsBeforeLoad),
    kib(page.cssBeforeLoad),
    kib(page.jsAfter),
    kib(page.cssAfter),
    times(page.jsAfter / yardstick.jsAfter),
    times(page.cssAfter / yardstick.cssAfter),
    kib(page.jsScrolled),
    kib(page.prefetchedBytes),
    page.heavy.join(', ') || '-',
    note,
  ];
}

function sections(input: ReportInput): Section[] {
  const f = input.figures;
  const b = f.build;
  const out: Section[] = [
    {
      title: 'Build (cold, production)',
      header: ['site', 'wall time', 'peak memory (process tree)'],
      rows: [
        ['reference', `${b.reference.wallSeconds.toFixed(1)} s`, `${Math.round(b.reference.peakTreeRssMiB)} MiB`],
        ['ours', `${b.ours.wallSeconds.toFixed(1)} s`, `${Math.round(b.ours.peakTreeRssMiB)} MiB`],
        ['ours / reference', times(b.ours.wallSeconds / b.reference.wallSeconds), times(b.ours.peakTreeRssMiB / b.reference.peakTreeRssMiB)],
      ],
      notes: [REFERENCE_NOTE, 'Peak memory: the largest sum of resident memory over the build process and all its descendants, sampled from /proc every 200 ms.'],
    },
    {
      title: 'JS and CSS loaded (gzip -9 of each response body), cold cache',
      header: ['page', 'JS @load', 'CSS @load', 'JS full', 'CSS full', 'JS vs ref', 'CSS vs ref', 'JS scrolled', 'prefetched', 'heavy libs', 'note'],
      rows: [
        weightRow('reference /', f.referenceHome, f.referenceHome, 'yardstick for home'),
        weightRow('reference /docs/intro', f.referenceGuide, f.referenceGuide, 'yardstick for guides'),
        weightRow(f.home.path, f.home, f.referenceHome, 'home'),
        ...f.guides.map((g) => weightRow(g.path, g, f.referenceGuide, g.hasWidget ? 'guide, widget' : 'guide')),
        weightRow(f.playground.path, f.playground, f.referenceGuide, 'after the editor is ready'),
      ],
      notes: [
        '"@load": arrived by the load event; "full": after network idle + 1.5 s. "JS scrolled": JS after also scrolling to the bottom (guide pages; their widgets load when they come into view). "prefetched": chunks of linked routes that Docusaurus prefetches (not executed; not in the totals).',
      ],
    },
    {
      title: 'Lighthouse 12, mobile (default simulated throttling), compressed static server',
      header: ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      rows: [...(f.referenceLighthouse ? [{ ...f.referenceLighthouse, path: `reference ${f.referenceLighthouse.path}` }] : []), ...f.lighthouse].map((l) => [
        l.path,
        l.scores.performance.toFixed(2),
        l.scores.accessibility.toFixed(2),
        l.scores['best-practices'].toFixed(2),
        l.scores.seo.toFixed(2),
        ms(l.metrics.fcpMs),
        ms(l.metrics.lcpMs),
        ms(l.metrics.tbtMs),
        l.metrics.cls.toFixed(3),
      ]),
      notes: [
        `Guide page audited: ${input.lighthouseGuideNote}. The reference's docs page is audited the same way to show what the machine allows; it has no budget.`,
        ...f.lighthouse.flatMap((l) => l.failing.map((a) => `${l.path}: audit not passed: ${a.id} (${a.title})`)),
      ],
    },
    {
      title: 'Playground',
      header: ['measure', 'value'],
      rows: [
        ['navigation start -> editor takes typing (median of cold visits)', `${ms(f.editorEditableMs ?? Number.NaN)} (${input.editorRuns.map((r) => Math.round(r)).join(', ')})`],
        ['navigation start -> first token on screen (cold visit)', ms(input.tokenTimes.firstTokenMs)],
        ...(f.phoneLayout
          ? [[`at ${f.phoneLayout.viewport.width} x ${f.phoneLayout.viewport.height} (phone)`, `${f.phoneLayout.overflowPx} px sideways overflow; ${f.phoneLayout.unreachable.length} of ${f.phoneLayout.controls} controls out of reach${f.phoneLayout.unreachable.length ? `: ${f.phoneLayout.unreachable.slice(0, 5).join('; ')}` : ''}`] as Row]
          : []),
        [`token round trip through MSW, median of ${input.tokenTimes.roundTrip.count}`, `${input.tokenTimes.roundTrip.medianMs.toFixed(1)} ms (p90 ${input.tokenTimes.roundTrip.p90Ms.toFixed(1)}, min ${input.tokenTimes.roundTrip.minMs.toFixed(1)}, max ${input.tokenTimes.roundTrip.maxMs.toFixed(1)})`],
      ],
    },
  ];
  const sim = input.simulator;
  out.push(
    sim.available
      ? {
          title: 'Simulator (npm run bench:sim, separate process)',
          header: ['scenario', 'calls', 'token requests', 'median wall time'],
          rows: sim.rows.map((r) => [r.label, r.calls.toLocaleString('en'), r.tokenRequests.toLocaleString('en'), `${r.medianMs.toFixed(1)} ms (${r.runs} runs)`]),
        }
      : { title: 'Simulator', header: ['status'], rows: [[`not measured: ${sim.reason}`]] },
  );
  out.push({
    title: 'Credentials parser (what the live editor waits for on each keystroke)',
    header: ['case', 'median'],
    rows: input.credentialsParsing.map((c) => [c.case, `${c.medianMs.toFixed(2)} ms`]),
  });
  out.push({
    title: 'Budgets',
    header: ['budget', 'figure', 'limit', 'holds'],
    rows: input.budgets.map((bu) => [bu.name, bu.figure, bu.budget, bu.holds ? 'yes' : 'NO']),
  });
  return out;
}

export function buildReport(input: ReportInput): { text: string; markdown: string; json: unknown } {
  const all = sections(input);
  const m = input.machine;
  const head = `Bench ${input.when}: Node ${m.node}, ${m.cpus} CPUs (${m.cpuModel}), load average ${m.loadAverage.atStart.toFixed(1)} at start and ${m.loadAverage.atEnd.toFixed(1)} at end, Chromium ${m.chromium}`;
  const text = [head, ...all.map((s) => [`\n== ${s.title}`, formatTable(s.header, s.rows), ...(s.notes ?? []).map((n) => `  ${n}`)].join('\n')), '', `${input.summary} (bench took ${Math.round(input.totalSeconds)} s)`].join('\n');
  const markdown = [`_${head}; produced by \`npm run bench\`._`, ...all.map((s) => [`\n#### ${s.title}\n`, formatMarkdownTable(s.header, s.rows), ...(s.notes ?? []).map((n) => `\n${n}`)].join('\n')), `\n**${input.summary}**`].join('\n');
  const stripAssets = (p: PageWeight) => ({ ...p, assets: p.assets.map((a) => ({ url: new URL(a.url).pathname, kind: a.kind, gzipBytes: a.gzipBytes, heavy: a.heavy, beforeLoad: a.beforeLoad, resourceType: a.resourceType })) });
  const f = input.figures;
  const json = {
    when: input.when,
    machine: input.machine,
    reference: REFERENCE_NOTE,
    build: f.build,
    pages: { referenceHome: stripAssets(f.referenceHome), referenceGuide: stripAssets(f.referenceGuide), home: stripAssets(f.home), guides: f.guides.map((g) => ({ ...stripAssets(g), hasWidget: g.hasWidget })), playground: stripAssets(f.playground) },
    lighthouse: f.lighthouse,
    playground: { editorEditableMs: f.editorEditableMs, editorRuns: input.editorRuns, phoneLayout: f.phoneLayout, ...input.tokenTimes },
    simulator: input.simulator,
    credentialsParsing: input.credentialsParsing,
    budgets: input.budgets,
    summary: input.summary,
    totalSeconds: input.totalSeconds,
  };
  return { text, markdown, json };
}
