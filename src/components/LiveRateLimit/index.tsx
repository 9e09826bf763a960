import type { ReactNode } from 'react';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import type { ClusterApi } from '@site/src/lib/clusterApi/clusterApi';
import WhenVisible from '@site/src/components/WhenVisible';
import { useLiveLog } from './useLiveLog';

/**
 * The playground's live rate-limit timeline. The log starts with the page, so every request is on
 * it; the timeline's drawing (and d3-scale) loads only when the reader scrolls near it.
 */
export default function LiveRateLimit({ server, api }: { server: AuthServer | undefined; api?: ClusterApi }): ReactNode {
  const log = useLiveLog(server, api);
  // The placeholder is there from the start (the mock may still be starting): the page does not
  // change under the reader when it is up.
  return <WhenVisible label="the timeline" minHeight="14rem" load={() => import('./LiveTimeline')} props={{ server, log }} />;
}
