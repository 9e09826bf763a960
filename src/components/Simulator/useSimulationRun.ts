import { useCallback, useEffect, useRef, useState } from 'react';
import type { SimulationResult } from '@site/src/lib/simulator';
import { runRequest, type RunAnswer, type RunRequest } from './runRequest';

export interface RunState {
  runs: SimulationResult[] | null;
  running: boolean;
  error: string | null;
  /** How long the last run took in the engine, ms. */
  ms: number | null;
}

/**
 * Runs simulations in a Web Worker. A new request cancels one still running (the worker is
 * replaced), so typing into the form never queues up stale runs. Without worker support the run
 * happens on the page, after a short pause so the form stays responsive.
 */
export function useSimulationRun(): [RunState, (request: RunRequest) => void, () => void] {
  const [state, setState] = useState<RunState>({ runs: null, running: false, error: null, ms: null });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const nextId = useRef(0);

  const settle = useCallback((answer: RunAnswer) => {
    busy.current = false;
    setState((s) => (answer.ok ? { runs: answer.runs, running: false, error: null, ms: answer.ms } : { ...s, running: false, error: answer.message }));
  }, []);

  const makeWorker = useCallback((): Worker | null => {
    if (typeof Worker === 'undefined') return null;
    try {
      const w = new Worker(new URL('./simulate.worker.ts', import.meta.url));
      w.onmessage = (event: MessageEvent<{ id: number; answer: RunAnswer }>) => {
        if (event.data.id === nextId.current) settle(event.data.answer);
      };
      w.onerror = (event) => {
        event.preventDefault();
        settle({ ok: false, message: `The simulation failed in the background: ${event.message || 'unknown error'}. Reload the page and try again.` });
      };
      return w;
    } catch {
      return null;
    }
  }, [settle]);

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(
    (request: RunRequest) => {
      const id = ++nextId.current;
      if (busy.current && worker.current) {
        worker.current.terminate();
        worker.current = null;
      }
      worker.current ??= makeWorker();
      busy.current = true;
      setState((s) => ({ ...s, running: true }));
      if (worker.current) {
        worker.current.postMessage({ id, request });
      } else {
        setTimeout(() => {
          if (id === nextId.current) settle(runRequest(request, () => performance.now()));
        }, 50);
      }
    },
    [makeWorker, settle],
  );
  /** Stop a run whose settings are no longer wanted (they became invalid). */
  const cancel = useCallback(() => {
    nextId.current++;
    if (busy.current && worker.current) {
      worker.current.terminate();
      worker.current = null;
    }
    busy.current = false;
    setState((s) => (s.running ? { ...s, running: false } : s));
  }, []);
  return [state, run, cancel];
}
