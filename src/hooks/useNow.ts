import { useEffect, useState } from 'react';

/**
 * The current time in epoch ms, updated every `intervalMs` (a live clock for countdowns). Undefined
 * during server rendering and the first client render, so the markup of both matches; the logic
 * that uses the value never reads the clock itself.
 */
export function useNow(intervalMs = 1000): number | undefined {
  const [now, setNow] = useState<number | undefined>(undefined);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
