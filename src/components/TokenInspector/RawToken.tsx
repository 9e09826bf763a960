import { Fragment, type ReactNode } from 'react';
import clsx from 'clsx';
import type { DecodedToken, TokenSegment } from '@site/src/lib/token/decodeToken';
import type { TokenProblem } from '@site/src/lib/token/problems';
import styles from './styles.module.css';

const SEGMENT_CLASS: Record<string, string | undefined> = {
  header: styles.segHeader,
  payload: styles.segPayload,
  signature: styles.segSignature,
  'encrypted-key': styles.segPayload,
  iv: styles.segOther,
  ciphertext: styles.segPayload,
  tag: styles.segSignature,
};

const SEGMENT_LABEL: Record<string, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialisation vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
  extra: 'extra part',
};

/** Splits a segment so each character a problem points at is marked. */
function renderSegment(segment: TokenSegment, positions: number[]): ReactNode {
  const inside = positions.filter((p) => p >= segment.start && p < segment.end).sort((a, b) => a - b);
  if (inside.length === 0) return segment.raw;
  const parts: ReactNode[] = [];
  let from = segment.start;
  for (const p of inside) {
    if (p < from) continue;
    parts.push(segment.raw.slice(from - segment.start, p - segment.start));
    const ch = String.fromCodePoint(segment.raw.codePointAt(p - segment.start) ?? 0);
    parts.push(
      <mark key={p} className={styles.badChar} title={`Problem at position ${p}`}>
        {ch.trim() === '' || ch === '\u200b' || ch === '\ufeff' ? '␣' : ch}
      </mark>,
    );
    from = p + ch.length;
  }
  parts.push(segment.raw.slice(from - segment.start));
  return parts;
}

/** The token with each part in its own colour, and a legend naming the parts (colour is never the only cue). */
export default function RawToken({ decoded, problems }: { decoded: DecodedToken; problems: readonly TokenProblem[] }): ReactNode {
  if (decoded.segments.length === 0) return null;
  const positions = problems.map((p) => p.position).filter((p): p is number => p !== undefined);
  return (
    <div className={styles.rawBlock}>
      <p className={styles.legend} aria-hidden="true">
        {decoded.segments.map((s, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            <span className={clsx(styles.segment, SEGMENT_CLASS[s.name] ?? styles.segOther)}>{SEGMENT_LABEL[s.name] ?? s.name}</span>
          </Fragment>
        ))}
      </p>
      <p className={styles.raw} data-testid="token-parts">
        {decoded.segments.map((s, i) => (
          <Fragment key={i}>
            {i > 0 && <span className={styles.dot}>.</span>}
            <span className={clsx(styles.segment, SEGMENT_CLASS[s.name] ?? styles.segOther)} data-segment={s.name} title={SEGMENT_LABEL[s.name] ?? s.name}>
              <span className={styles.srOnly}>{`${SEGMENT_LABEL[s.name] ?? s.name}: `}</span>
              {renderSegment(s, positions)}
            </span>
          </Fragment>
        ))}
      </p>
    </div>
  );
}
