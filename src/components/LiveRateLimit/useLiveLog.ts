import { useEffect, useState } from 'react';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import type { ClusterApi } from '@site/src/lib/clusterApi/clusterApi';
import { addApiEvent, addMockEvent, createLiveLog, type LiveLog } from '@site/src/lib/simulatorView/liveTimeline';

/**
 * Records the mock's token requests from the moment the server exists, not from when the lazily
 * loaded timeline arrives, so a request sent while the timeline's code is still loading is shown.
 */
export function useLiveLog(server: AuthServer | undefined, api?: ClusterApi): LiveLog {
  const [log, setLog] = useState<LiveLog>(() => createLiveLog(Date.now()));
  useEffect(() => {
    if (!server) return undefined;
    return server.subscribe((event) => {
      setLog((current) => addMockEvent(current, event, server.getSettings().tokenLifetimeSeconds * 1000));
    });
  }, [server]);
  useEffect(() => {
    if (!api) return undefined;
    return api.subscribe((event) => setLog((current) => addApiEvent(current, event)));
  }, [api]);
  return log;
}
