/**
 * The token-traffic simulator's own benchmark (scripts/bench/simulator.ts, `npm run bench:sim`)
 * runs in its own process, so its timings are not disturbed by this process's browsers, and its
 * figures (bench-results/simulator.json) are folded into this report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SimulatorRow {
  id: string;
  label: string;
  medianMs: number;
  runs: number;
  calls: number;
  tokenRequests: number;
  rateLimited: number;
}

export type SimulatorFigures = { available: true; rows: SimulatorRow[] } | { available: false; reason: string };

export function runSimulatorBench(projectDir: string): SimulatorFigures {
  const script = join(projectDir, 'scripts', 'bench', 'simulator.ts');
  if (!existsSync(script)) return { available: false, reason: 'scripts/bench/simulator.ts is not in this checkout yet' };
  const tsx = join(projectDir, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [script], { cwd: projectDir, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) return { available: false, reason: `bench:sim failed (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}` };
  const out = join(projectDir, 'bench-results', 'simulator.json');
  const parsed = JSON.parse(readFileSync(out, 'utf8')) as { results: SimulatorRow[] };
  return { available: true, rows: parsed.results };
}
