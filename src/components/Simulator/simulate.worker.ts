/// <reference lib="webworker" />
/** Runs the simulator off the main thread, so a large run never freezes the page. */
import { runRequest, type RunRequest } from './runRequest';

self.onmessage = (event: MessageEvent<{ id: number; request: RunRequest }>) => {
  const { id, request } = event.data;
  self.postMessage({ id, answer: runRequest(request, () => performance.now()) });
};
