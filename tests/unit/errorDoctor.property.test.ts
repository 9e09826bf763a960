import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, maskSecrets, MASK, MAX_DOCTOR_INPUT_CHARS } from '../../src/lib/errorDoctor';
import { QUOTED } from './errorDoctor.fixtures';

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJ6ZWViZS5jYW11bmRhLmlvIn0.c2lnbmF0dXJlLWJ5dGVz';
const SECRET = 'Zx81.secretValue_0123456789abcdefghij';

describe('error doctor: masking', () => {
  const cases: Array<[string, string]> = [
    ['a JWT', `Authorization failed for token ${JWT} at 10:00`],
    ['an Authorization header', `Authorization: Bearer ${SECRET}`],
    ['client_secret in a form body', `grant_type=client_credentials&client_id=abc&client_secret=${SECRET}&audience=zeebe.camunda.io`],
    ['a JSON client_secret', `{"client_id":"abc","client_secret":"${SECRET}"}`],
    ['an export line', `export ZEEBE_CLIENT_SECRET='${SECRET}'`],
    ['a Java property', `camunda.client.auth.client-secret=${SECRET}`],
  ];
  it.each(cases)('masks %s and keeps the name', (_name, text) => {
    const masked = maskSecrets(text);
    expect(masked.text).not.toContain(SECRET);
    expect(masked.text).not.toContain(JWT.split('.')[1]);
    expect(masked.text).toContain(MASK);
    expect(masked.count).toBeGreaterThan(0);
  });
  it('masks before diagnosing: neither the masked text nor any reason holds the secret', () => {
    const d = diagnose(`POST /oauth/token client_secret=${SECRET}\nHTTP/1.1 401 Unauthorized\n{"error":"invalid_client"}\nAuthorization: Bearer ${JWT}`);
    expect(d.maskedText).not.toContain(SECRET);
    expect(JSON.stringify(d)).not.toContain(SECRET);
    expect(JSON.stringify(d)).not.toContain(JWT);
    expect(d.maskedCount).toBe(2);
    expect(d.matches[0].id).toBe('401-invalid_client-wrong-or-rotated-secret');
  });
  it('leaves error text without secrets alone', () => {
    for (const s of QUOTED) expect(maskSecrets(s.text).text).toBe(s.text);
  });
});

describe('error doctor: properties', () => {
  it('never throws and always answers with matches or a next check', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const d = diagnose(text);
        expect(d.matches.length > 0 || d.noMatch !== undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a quoted error wherever it sits in random noise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUOTED), fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (sample, before, after) => {
        const d = diagnose(`${before.replace(/[^ -~]/g, ' ')}\n${sample.text}\n${after.replace(/[^ -~]/g, ' ')}`);
        expect(d.matches.map((m) => m.id)).toContain(sample.expected);
      }),
      { numRuns: 200 },
    );
  });

  it('answers a 1 MB paste, with the error at its end', () => {
    const line = '2025-03-11 09:14:02.118  INFO 1 --- [worker-7] i.c.z.c.impl.worker.JobPoller : polled 0 jobs for type payment\n';
    const text = `${line.repeat(Math.ceil(1_000_000 / line.length))}${QUOTED[0].text}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const d = diagnose(text);
    expect(d.matches[0].id).toBe(QUOTED[0].expected);
    expect(d.truncated).toBe(false);
  });

  it('answers adversarial megabyte pastes (one long word, long digit runs, repeated keywords)', () => {
    for (const text of ['a'.repeat(1_000_000), '4'.repeat(1_000_000), 'status '.repeat(150_000), 'eyJ'.repeat(350_000), `${'x.'.repeat(500_000)}Exception`, 'secret='.repeat(150_000)]) {
      const d = diagnose(text);
      expect(d.matches.length > 0 || d.noMatch !== undefined).toBe(true);
    }
  });

  it('keeps the beginning and end of a paste over the cap and says so', () => {
    const text = `${QUOTED[4].text}\n${'x'.repeat(MAX_DOCTOR_INPUT_CHARS * 2)}\n${QUOTED[0].text}`;
    const d = diagnose(text);
    expect(d.truncated).toBe(true);
    expect(d.inputChars).toBe(text.length);
    expect(d.matches.map((m) => m.id)).toEqual(expect.arrayContaining([QUOTED[4].expected, QUOTED[0].expected]));
  });
});
