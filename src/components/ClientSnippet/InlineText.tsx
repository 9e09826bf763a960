import type { ReactNode } from 'react';

/** Plain text in which `backticked` parts are shown as code, for the catalogue's prose. */
export default function InlineText({ text }: { text: string }): ReactNode {
  const parts = text.split('`');
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
