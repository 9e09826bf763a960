import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseProperties } from 'dot-properties';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { propertiesValue } from '../../src/lib/formats/properties';
import { shellQuoted } from '../../src/lib/formats/shell';
import { composeQuoted, yamlQuoted } from '../../src/lib/formats/yaml';
import { cStringQuoted, jsonQuoted } from '../../src/lib/snippets/escape';
import { renderSegments, type Segment } from '../../src/lib/snippets/segments';
import { bashVariables, fromHex, NASTY_SECRETS, withTempDir, writeFiles } from './snippetsSupport';

const text = (segments: Segment[]) => segments.map((s) => s.text).join('');
const secret = (value: string) => ({ value, secret: true, placeholder: false });
/** Newline-free strings, including astral characters. */
const lineString = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !/[\n\r]/.test(s));
const values = [...NASTY_SECRETS, ''];

describe('shell single quotes', () => {
  it('round-trips every nasty value through bash', () => {
    const names = values.map((_, i) => `V${i}`);
    const script = values.map((v, i) => `V${i}=${text(shellQuoted(v))}`).join('\n');
    const read = bashVariables(script, names);
    values.forEach((v, i) => expect(read[`V${i}`]).toBe(v));
  });

  it('round-trips arbitrary strings through bash', () => {
    const samples = fc.sample(lineString.filter((s) => !s.includes('\0')), 200);
    const read = bashVariables(samples.map((v, i) => `V${i}=${text(shellQuoted(v))}`).join('\n'), samples.map((_, i) => `V${i}`));
    samples.forEach((v, i) => expect(read[`V${i}`]).toBe(v));
  });

  it('keeps the secret flag on the escaped text only', () => {
    const rendered = renderSegments(shellQuoted(['client_secret=', { text: "a'b", secret: true }]));
    expect(rendered.code).toBe(`'client_secret=a'\\''b'`);
    expect(rendered.secretRanges).toEqual([{ start: 15, end: 21 }]);
    expect(rendered.code.slice(15, 21)).toBe(`a'\\''b`);
  });
});

describe('C-like string literals', () => {
  it('are valid JavaScript strings with either quote', () => {
    fc.assert(
      fc.property(lineString, (v) => {
        expect(new Function(`return ${text(cStringQuoted(v, "'"))};`)()).toBe(v);
        expect(new Function(`return ${text(cStringQuoted(v, '"'))};`)()).toBe(v);
      }),
    );
  });

  it('are read back by the Python parser', () => {
    const samples = [...values, ...fc.sample(lineString, 100)];
    const literal = `[${samples.map((v) => text(cStringQuoted(v))).join(', ')}]`;
    const script = 'import ast, sys, json\nprint(json.dumps(ast.literal_eval(sys.stdin.read())))';
    const out = execFileSync('python3', ['-c', script], { input: literal, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(samples);
  });

  it('are compiled by javac to the same strings (including \\u sequences)', () => {
    const samples = [...values, ...fc.sample(lineString, 60)];
    withTempDir((dir) => {
      const body = samples.map((v) => `      ${text(cStringQuoted(v))},`).join('\n');
      writeFiles(dir, {
        'Literals.java': `import java.nio.charset.StandardCharsets;
public class Literals {
  public static void main(String[] args) {
    String[] values = {
${body}
    };
    StringBuilder out = new StringBuilder();
    for (String v : values) {
      for (byte b : v.getBytes(StandardCharsets.UTF_8)) out.append(String.format("%02x", b));
      out.append('\\n');
    }
    System.out.print(out);
  }
}
`,
      });
      execFileSync('javac', ['-encoding', 'UTF-8', '-d', dir, join(dir, 'Literals.java')], { stdio: 'pipe' });
      const out = execFileSync('java', ['-cp', dir, 'Literals'], { encoding: 'utf8' });
      // Java's UTF-8 encoder turns lone surrogates into '?', as Buffer does into U+FFFD; compare what both can encode.
      const expected = samples.map((s) => Buffer.from(s, 'utf8').toString('utf8'));
      const actual = out.split('\n').slice(0, samples.length).map(fromHex);
      actual.forEach((a, i) => {
        if (/[\ud800-\udfff]/.test(samples[i])) return;
        expect(a).toBe(expected[i]);
      });
    });
  }, 30_000);
});

describe('JSON strings', () => {
  it('parse back with JSON.parse', () => {
    fc.assert(
      fc.property(lineString, (v) => {
        expect(JSON.parse(text(jsonQuoted(v)))).toBe(v);
      }),
    );
  });
});

describe('YAML scalars', () => {
  it('parse back with yaml as strings, never as other types', () => {
    fc.assert(
      fc.property(lineString, (v) => {
        expect(parseYaml(`key: ${text(yamlQuoted(v))}\n`)).toEqual({ key: v });
      }),
    );
    for (const v of values) expect(parseYaml(`key: ${text(yamlQuoted(v))}\n`)).toEqual({ key: v });
  });

  it('double every $ for Docker Compose', () => {
    const parsed = parseYaml(`key: ${text(composeQuoted('a$b$$c${d}'))}\n`) as { key: string };
    expect(parsed.key).toBe('a$$b$$$$c$${d}');
    expect(parsed.key.replace(/\$\$/g, '$')).toBe('a$b$$c${d}');
  });
});

describe('.properties values', () => {
  it('parse back with dot-properties', () => {
    fc.assert(
      fc.property(lineString, (v) => {
        expect(parseProperties(`key=${text(propertiesValue(v))}\n`)).toEqual({ key: v });
      }),
    );
    for (const v of values) expect(parseProperties(`key=${text(propertiesValue(v))}\n`)).toEqual({ key: v });
  });

  it('stay ASCII, because Spring Boot reads .properties as ISO-8859-1', () => {
    expect(text(propertiesValue('pässwörd 😀'))).toBe('p\\u00e4ssw\\u00f6rd \\ud83d\\ude00');
  });

  it('escape leading blanks across segment boundaries', () => {
    const out = text(propertiesValue([' ', { text: ' x', secret: true }]));
    expect(out).toBe('\\ \\ x');
    expect(parseProperties(`k=${out}`)).toEqual({ k: '  x' });
  });

  it('keep the secret flag', () => {
    expect(propertiesValue(secret('a\\b'))).toEqual([{ text: 'a\\\\b', secret: true }]);
  });
});
