/**
 * How long the error doctor takes to answer a 1 MB paste: a realistic log (a stack trace at the
 * end of a megabyte of INFO lines) and a few adversarial shapes. Prints the median of 7 runs each.
 * Run: npm run bench:doctor
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { diagnose } from '../../src/lib/errorDoctor';

const MB = 1_000_000;
const logLine = '2025-03-11 09:14:02.118  INFO 1 --- [worker-7] i.c.z.c.impl.worker.JobPoller : polled 0 jobs for type payment\n';
const trace =
  'io.grpc.StatusRuntimeException: CANCELLED\nCaused by: java.nio.file.AccessDeniedException: /home/camunda\n\tat io.camunda.zeebe.client.impl.oauth.OAuthCredentialsCache.ensureCacheFileExists(OAuthCredentialsCache.java:147)\n';
const pastes: Record<string, string> = {
  'log with a stack trace at the end': logLine.repeat(Math.ceil(MB / logLine.length)) + trace,
  'one long word': 'a'.repeat(MB),
  'a repeated keyword ("status ")': 'status '.repeat(MB / 7),
  'repeated "eyJ"': 'eyJ'.repeat(MB / 3),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`load average at start: ${loadavg()[0].toFixed(2)}`);
for (const [name, text] of Object.entries(pastes)) {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    diagnose(text);
    times.push(performance.now() - start);
  }
  console.log(`${name} (${(text.length / MB).toFixed(2)} MB): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
}
