import { lazy, Suspense, type ReactNode } from 'react';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import type { ClusterApi } from '@site/src/lib/clusterApi/clusterApi';
import { useLiveLog } from './useLiveLog';

// The timeline and d3-scale load only when the playground shows this section.
const LiveTimeline = lazy(() => import('./LiveTimeline'));

/** The playground's live rate-limit timeline (renders nothing useful until the mock runs). */
export default function LiveRateLimit({ server, api }: { server: AuthServer | undefined; api?: ClusterApi }): ReactNode {
  const log = useLiveLog(server, api);
  if (!server) return <p>Waiting for the mock auth server…</p>;
  return (
    <Suspense fallback={<p>Loading the timeline…</p>}>
      <LiveTimeline server={server} log={log} />
    </Suspense>
  );
}
