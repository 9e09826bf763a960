/**
 * Runs a command and measures its wall time and the peak of the SUMMED resident memory of its
 * whole process tree (the command, npx, node, Rspack's and Docusaurus's worker threads live in
 * one process, but child processes such as SSG workers would not be counted by
 * `/usr/bin/time`, which reports only the largest single process). Linux only: reads /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  exitCode: number;
  wallSeconds: number;
  /** Peak of the summed RSS of the process and all its descendants, in MiB. */
  peakTreeRssMiB: number;
  /** How often the tree was sampled (ms). */
  sampleMs: number;
  /** Last lines of output, for an error message. */
  tail: string;
}

const PAGE_BYTES = 4096;

interface ProcInfo {
  ppid: number;
  rssBytes: number;
}

/** /proc/<pid>/stat: "pid (comm) state ppid ... rss(24th field)". comm may contain spaces. */
export function parseProcStat(text: string): ProcInfo | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is state (3rd field overall), so field n overall is fields[n - 3].
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  if (!Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { ppid, rssBytes: rssPages * PAGE_BYTES };
}

function readProcesses(): Map<number, ProcInfo> {
  const table = new Map<number, ProcInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const info = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (info) table.set(Number(name), info);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Sum of RSS over `root` and every descendant in a process table. */
export function sumTreeRss(table: Map<number, ProcInfo>, root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, info] of table) {
    const list = children.get(info.ppid) ?? [];
    list.push(pid);
    children.set(info.ppid, list);
  }
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += table.get(pid)?.rssBytes ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; sampleMs?: number }): Promise<TreeRun> {
  const sampleMs = options.sampleMs ?? 200;
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const sample = () => {
    if (child.pid === undefined) return;
    peak = Math.max(peak, sumTreeRss(readProcesses(), child.pid));
  };
  const timer = setInterval(sample, sampleMs);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearInterval(timer);
      resolve({
        exitCode: code ?? 1,
        wallSeconds: (performance.now() - started) / 1000,
        peakTreeRssMiB: peak / 1024 / 1024,
        sampleMs,
        tail: output.split('\n').slice(-15).join('\n'),
      });
    });
  });
}
