/**
 * How fast the credentials parser answers, which is what the live editor waits for on every
 * keystroke: a normal file, a 200 KB pasted config in each format, and a refused 5 MB paste.
 * Prints a table; `measureCredentialsParsing()` is also used by the main benchmark.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CREDENTIALS_FORMATS, generateMockCredentials, parseCredentials, writeCredentials, writeConsoleFile } from '../../src/lib/credentials';
import { largeBody } from '../../src/lib/credentials/largeSample';

export interface ParseFigure {
  case: string;
  medianMs: number;
}

function median(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return Number(samples[Math.floor(times / 2)].toFixed(3));
}

export function measureCredentialsParsing(): ParseFigure[] {
  const c = generateMockCredentials({ scopes: ['Zeebe', 'Operate'] });
  const normal = writeConsoleFile(c);
  for (let i = 0; i < 20; i++) parseCredentials(normal);
  const figures: ParseFigure[] = [{ case: 'Console file (1 KB)', medianMs: median(() => parseCredentials(normal), 101) }];
  for (const format of CREDENTIALS_FORMATS) {
    const text = `${largeBody(format)}\n${format === 'json' ? '' : writeCredentials(c, format)}`;
    parseCredentials(text, { format });
    figures.push({ case: `200 KB ${format}`, medianMs: median(() => parseCredentials(text, { format }), 7) });
  }
  const huge = normal.repeat(Math.ceil(5_000_000 / normal.length));
  figures.push({ case: '5 MB paste (refused)', medianMs: median(() => parseCredentials(huge), 11) });
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(measureCredentialsParsing());
}
