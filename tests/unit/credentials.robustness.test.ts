import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS_FORMATS, type CredentialsFormat } from '../../src/lib/credentials/entry';
import { generateMockCredentials } from '../../src/lib/credentials/generateMockCredentials';
import { MAX_CREDENTIALS_INPUT_LENGTH, parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { writeCredentials } from '../../src/lib/credentials/writeCredentials';
import { CONSOLE_FILE, SECRET } from './credentials.fixtures';
import { largeBody } from '../../src/lib/credentials/largeSample';

const formatArb = fc.option(fc.constantFrom(...CREDENTIALS_FORMATS), { nil: undefined });

/** Every problem is well formed: positions inside the text, a message, a known severity. */
function expectWellFormed(text: string, format: CredentialsFormat | undefined): void {
  const result = parseCredentials(text, { format });
  const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  for (const p of result.problems) {
    expect(['error', 'warning', 'info']).toContain(p.severity);
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.endLine).toBeGreaterThanOrEqual(p.line);
    expect(p.endLine).toBeLessThanOrEqual(lineCount);
    if (p.endLine === p.line) expect(p.endColumn).toBeGreaterThanOrEqual(p.column);
  }
  expect(result.valid).toBe(!result.problems.some((p) => p.severity === 'error'));
  expect(result.problems.map((p) => p.code)).not.toContain('internal-error');
}

/** Edits applied to a valid file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 20 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom("'", '"', '\\', '$', '#', '=', ':', '\n', '\r', '{', '-', ' ', '\t', '\uFEFF', '`'), maxLength: 8 }) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), length: fc.integer({ min: 1000, max: 50_000 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert':
    case 'bytes': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'swap': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'huge': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + 'x'.repeat(m.length) + text.slice(at);
    }
  }
}

describe('the parser never throws', () => {
  it('on random text in any format (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), formatArb, (text, format) => expectWellFormed(text, format)), { numRuns: 500 });
  }, 60_000);

  it('on text made of the characters that matter to the grammars (property)', () => {
    const grammar = fc.string({ unit: fc.constantFrom('export ', 'ZEEBE_CLIENT_ID', 'camunda.client.', "'", '"', '=', ':', ' ', '\n', '\r\n', '#', '\\', '$', '{', '}', '[', ']', '- ', '  ', 'a', '1', '`', '!', '&', '*', '|', '>'), maxLength: 60 });
    fc.assert(fc.property(grammar, formatArb, (text, format) => expectWellFormed(text, format)), { numRuns: 800 });
  }, 60_000);

  it('on mutated valid files in every format (property)', () => {
    const sources = CREDENTIALS_FORMATS.map((f) => writeCredentials(generateMockCredentials({ scopes: ['Zeebe', 'Tasklist'] }), f, { generation: '8.8' }));
    fc.assert(
      fc.property(fc.constantFrom(...sources, CONSOLE_FILE), fc.array(mutation, { minLength: 1, maxLength: 5 }), formatArb, (source, edits, format) => {
        expectWellFormed(edits.reduce(mutate, source), format);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('keeps secrets out of every message, however the file is broken (property)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (edits) => {
        const text = edits.reduce(mutate, CONSOLE_FILE);
        for (const p of parseCredentials(text).problems) expect(p.message).not.toContain(SECRET.slice(0, 16));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('does not care about non-string input from untyped callers', () => {
    expect(parseCredentials(undefined as unknown as string).problems.map((p) => p.code)).toEqual(['missing-value', 'missing-value', 'missing-value']);
  });
});

// Parsing speed is measured by `npm run bench` (scripts/bench/credentials.ts), not by timed tests.
describe('size limit', () => {
  it('answers a 5 MB input with a single size error, without reading it', () => {
    const huge = CONSOLE_FILE.repeat(Math.ceil(5_000_000 / CONSOLE_FILE.length));
    const result = parseCredentials(huge);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'input-too-large', severity: 'error', line: 1, column: 1 });
    expect(result.entries).toEqual([]);
    expect(result.valid).toBe(false);
  });

  it('accepts input just under the limit', () => {
    const text = `${CONSOLE_FILE}#${'x'.repeat(MAX_CREDENTIALS_INPUT_LENGTH - CONSOLE_FILE.length - 1)}`;
    expect(text.length).toBe(MAX_CREDENTIALS_INPUT_LENGTH);
    expect(parseCredentials(text).valid).toBe(true);
  });

  it('reads a 200 KB file in every format and still finds the credentials in it', () => {
    const c = generateMockCredentials();
    for (const format of CREDENTIALS_FORMATS) {
      const text = `${largeBody(format)}\n${format === 'json' ? '' : writeCredentials(c, format)}`;
      expect(text.length).toBeGreaterThan(180_000);
      const result = parseCredentials(text, { format });
      if (format !== 'json') expect(result.credentials?.clientId, format).toBe(c.clientId);
    }
  });
});

describe('inputs that are hard on parsers', () => {
  it('refuses deeply nested YAML flow collections before the YAML library sees them', () => {
    for (const depth of [100, 20_000, 400_000]) {
      const result = parseCredentials(`a: ${'['.repeat(depth)}`, { format: 'yaml' });
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ code: 'yaml-syntax', line: 1, column: 4 + 64 });
    }
    // brackets inside quotes do not count
    const quoted = parseCredentials(`a: '${'['.repeat(100)}'\n`, { format: 'yaml' });
    expect(quoted.problems.some((p) => p.code === 'yaml-syntax')).toBe(false);
  });

  it('reports each distinct YAML error once', () => {
    const result = parseCredentials(`a: ${'['.repeat(60)}`, { format: 'yaml' });
    expect(result.problems.filter((p) => p.code === 'yaml-syntax').length).toBeLessThanOrEqual(2);
  });

  it('refuses deeply nested JSON with a message instead of overflowing the stack', () => {
    expect(parseCredentials('{"a":'.repeat(100_000)).problems).toEqual([
      expect.objectContaining({ code: 'json-syntax', message: expect.stringMatching(/nested too deeply/) }),
    ]);
  });
});
