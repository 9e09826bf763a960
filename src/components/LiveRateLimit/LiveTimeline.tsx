import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import SimulatorTimeline from '@site/src/components/SimulatorTimeline';
import { liveResult, type LiveLog } from '@site/src/lib/simulatorView/liveTimeline';
import { followView, type Viewport } from '@site/src/lib/simulatorView/viewport';
import { formatCount } from '@site/src/lib/simulatorView/timeFormat';
import { formatDuration } from '@site/src/lib/time/duration';
import styles from './styles.module.css';

const DEFAULT_WINDOW = 120_000;

/**
 * The playground's own token requests on the simulator's timeline, as they happen: every answer
 * of the in-page mock becomes a mark, a block shades the lanes, the budget strip drains.
 */
export default function LiveTimeline({ server, log }: { server: AuthServer | undefined; log: LiveLog }): ReactNode {
  if (!server) return <p>Waiting for the mock auth server…</p>;
  return <LiveTimelineView server={server} log={log} />;
}

function LiveTimelineView({ server, log }: { server: AuthServer; log: LiveLog }): ReactNode {
  const id = useId();
  const [now, setNow] = useState(() => Date.now());
  const [windowMs, setWindowMs] = useState(DEFAULT_WINDOW);
  const [manual, setManual] = useState<Viewport | null>(null);

  useEffect(() => setNow(Date.now()), [log]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);

  const settings = server.getSettings();
  const result = useMemo(
    () => liveResult(log, now, settings.rateLimit, settings.tokenLifetimeSeconds * 1000, windowMs),
    [log, now, settings.rateLimit, settings.tokenLifetimeSeconds, windowMs],
  );
  const elapsed = now - log.origin;
  const view = manual ?? followView(elapsed, windowMs);
  const limiter = server.peekLimiter('browser');
  const onViewChange = (next: Viewport) => {
    setWindowMs(next.to - next.from);
    // Back at the present: follow it again.
    setManual(next.to >= elapsed - 250 ? null : next);
  };
  const c = log.counts;

  return (
    <div>
      <div className={styles.now} data-testid="live-limiter">
        {limiter.blockedUntil !== null && limiter.blockedUntil > now
          ? `Blocked: every token request from this page is refused for another ${formatDuration(limiter.blockedUntil - now)}.`
          : `Not blocked. Budget: ${Math.floor(limiter.budget * 10) / 10} of ${settings.rateLimit.burst} requests.`}
      </div>
      <dl className={styles.figures}>
        <div>
          <dt>Token requests</dt>
          <dd data-testid="live-figure-requests">{formatCount(c.requests)}</dd>
        </div>
        <div>
          <dt>Issued</dt>
          <dd data-testid="live-figure-issued">{formatCount(c.issued)}</dd>
        </div>
        <div>
          <dt>Answered 429</dt>
          <dd data-testid="live-figure-rateLimited">{formatCount(c.rateLimited)}</dd>
        </div>
        <div>
          <dt>Refused (4xx)</dt>
          <dd>{formatCount(c.refused)}</dd>
        </div>
        <div>
          <dt>API calls</dt>
          <dd data-testid="live-figure-calls">{formatCount(c.calls)}</dd>
        </div>
        <div>
          <dt>Calls refused (401/403)</dt>
          <dd data-testid="live-figure-failed-calls">{formatCount(c.failedCalls)}</dd>
        </div>
        <div>
          <dt>Blocks</dt>
          <dd data-testid="live-figure-blocks">{formatCount(log.blocks.length)}</dd>
        </div>
      </dl>
      {manual && (
        <button type="button" className="button button--sm button--secondary" onClick={() => setManual(null)}>
          Follow live
        </button>
      )}
      {/* Only the past is drawn: a block grows as it happens, the budget refills in real time. */}
      <SimulatorTimeline result={result} view={view} onViewChange={onViewChange} revealTo={elapsed} label="Live timeline of this page's token requests" describedBy={`${id}-desc`} />
      <p id={`${id}-desc`} className={styles.description}>
        Since you opened this page: {formatCount(c.requests)} token requests, {formatCount(c.issued)} issued, {formatCount(c.rateLimited)} answered 429,{' '}
        {log.blocks.length === 0 ? 'no block yet' : `${formatCount(log.blocks.length)} ${log.blocks.length === 1 ? 'block' : 'blocks'}`}.
      </p>
    </div>
  );
}
