/**
 * `POST /v2/jobs/activation`, the REST job poll of the 8.8 API (`JobActivationRequest` in the
 * @camunda8/orchestration-cluster-api types, generated from Camunda's OpenAPI spec): `type`,
 * `timeout` and `maxJobsToActivate` are required; `requestTimeout` (ms) is how long the call may
 * wait for a job, 0 meaning the server's default and a negative value meaning "answer at once".
 *
 * The mock has no processes, so it never has a job: it answers `{"jobs": []}`, as a real cluster
 * does when nothing is waiting. How long it holds the poll first is the mock's choice: the
 * client's `requestTimeout`, at most MAX_HOLD_MS, and not at all for 0, a negative or a missing
 * value. Holding keeps a worker from polling many times a second against it.
 */
import { ClusterApiError } from './problem';

export const MAX_HOLD_MS = 5_000;

export interface JobActivationRequest {
  type: string;
  timeout: number;
  maxJobsToActivate: number;
  requestTimeout?: number;
}

const EXAMPLE = '{"type": "hello", "timeout": 30000, "maxJobsToActivate": 32}';

function invalid(detail: string): ClusterApiError {
  return new ClusterApiError('bad_request', 400, 'INVALID_ARGUMENT', `${detail} Send for example ${EXAMPLE} with Content-Type: application/json.`);
}

export function parseJobActivation(text: string): JobActivationRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid('The request body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('The request body is not a JSON object.');
  const { type, timeout, maxJobsToActivate, requestTimeout } = body as Record<string, unknown>;
  if (typeof type !== 'string' || type.trim() === '') throw invalid('No job type given: "type" must be the task type of your BPMN model.');
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) throw invalid('"timeout" must be a positive number of milliseconds.');
  if (typeof maxJobsToActivate !== 'number' || !Number.isInteger(maxJobsToActivate) || maxJobsToActivate <= 0) throw invalid('"maxJobsToActivate" must be a positive whole number.');
  if (requestTimeout !== undefined && (typeof requestTimeout !== 'number' || !Number.isFinite(requestTimeout))) throw invalid('"requestTimeout" must be a number of milliseconds.');
  return { type, timeout, maxJobsToActivate, requestTimeout };
}

/** How long the mock holds this poll before answering that there is no job. */
export function holdFor(request: JobActivationRequest): number {
  const wanted = request.requestTimeout ?? 0;
  return wanted > 0 ? Math.min(wanted, MAX_HOLD_MS) : 0;
}
