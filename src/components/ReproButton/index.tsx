import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { reproPath, type ReproCaseId } from '@site/src/lib/troubleshooting/reproCases';

/**
 * Opens the playground with a troubleshooting case set up on the in-page mock. The case travels
 * in the fragment (#repro=…), which the playground reads; it is not a heading anchor, hence
 * the opt-out from the build's anchor check.
 */
export default function ReproButton({ caseId, children }: { caseId: ReproCaseId; children: ReactNode }): ReactNode {
  return (
    <p>
      <Link className="button button--primary" to={reproPath(caseId)} data-noBrokenLinkCheck>
        {children}
      </Link>
    </p>
  );
}
