import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/credentials/parseYaml';
import { tryParseSimpleYaml } from '../../src/lib/credentials/parseSimpleYaml';
import { readSourceText } from '../../src/lib/credentials/sourceText';
import { generateMockCredentials } from '../../src/lib/credentials/generateMockCredentials';
import { writeSpringYaml } from '../../src/lib/credentials/writeCredentials';

type Tree = [string, string | Tree][];

const keyArb = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom('camunda', 'client', 'auth', 'client-id', 'a.b', 'x_y', 'true', 'k', 'mode') },
  { weight: 1, arbitrary: fc.constantFrom('null', 'Null', '1a', '"q"') },
);
// Values the fast path reads, and (rarer) values it must leave to the full parser.
const valueArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('saas', 'bru-2', '1e10', '0x1F', '007', 'true', 'null', '~', '', "'it''s'", "'a # b'", 'a # comment', 'a:b', 'http://x:1/y', '.inf', 'x  ', '${X}', "'${X}'", 'é ü', '-1', "''") },
  { weight: 2, arbitrary: fc.constantFrom("'open", '"dq"', '"d\\"q"', '- x', 'a: b', 'ends:', 'a\tb', '# only comment', '[1, 2]', '{a: 1}', '&anchor x', '*alias', '|', '>', '!tag x', "'a' b", '@x', '`x`') },
);
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.array(fc.tuple(keyArb, fc.oneof({ weight: 3, arbitrary: valueArb }, { weight: 1, arbitrary: tie('tree') })), { minLength: 1, maxLength: 4 }),
})).tree;

function render(tree: Tree, indent: string, step: string, noise: boolean[]): string[] {
  const lines: string[] = [];
  tree.forEach(([key, value], i) => {
    if (noise[i % noise.length]) lines.push(i % 2 ? `${indent}# comment` : '');
    if (typeof value === 'string') lines.push(`${indent}${key}:${value === '' ? '' : ' '}${value}`);
    else {
      lines.push(`${indent}${key}:`);
      lines.push(...render(value, indent + step, step, noise));
    }
  });
  return lines;
}

describe('the simple-YAML fast path', () => {
  it('agrees with the full YAML parser whenever it answers (property)', () => {
    let answered = 0;
    fc.assert(
      fc.property(treeArb, fc.constantFrom('  ', '    ', ' '), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), fc.boolean(), (tree, step, noise, crlf) => {
        const text = render(tree, '', step, noise).join(crlf ? '\r\n' : '\n');
        const source = readSourceText(text);
        const fast = tryParseSimpleYaml(source);
        if (!fast) return;
        answered++;
        expect(fast).toEqual(parseYaml(source, { fastPath: false }));
      }),
      { numRuns: 1500 },
    );
    // The generator must exercise the fast path, not only the fallbacks.
    expect(answered).toBeGreaterThan(200);
  }, 60_000);

  it('handles what the writer produces, and leaves odd shapes to the full parser', () => {
    const written = readSourceText(writeSpringYaml(generateMockCredentials()));
    expect(tryParseSimpleYaml(written)).toEqual(parseYaml(written, { fastPath: false }));
    expect(tryParseSimpleYaml(written)?.entries).toHaveLength(5);
    for (const odd of ['a:\n\tb: 1', '---\na: 1', 'a: [1]', 'a: |\n  x', 'a: 1\n  b: 2', '  a: 1', 'a:\n  b: 1\n c: 2', '- a']) {
      expect(tryParseSimpleYaml(readSourceText(odd)), odd).toBeUndefined();
    }
  });
});
