/**
 * The playground's guided first run for someone who has nothing yet: credentials, a token, a look
 * at the token, a call to the cluster. Each step is checked off by what really happened (events
 * from the page's components), never by a click on the checklist itself.
 */

export type GuidedStepId = 'credentials' | 'token' | 'inspect' | 'call';

export type GuidedEvent =
  /** The site-wide credentials changed: loaded (any origin) or gone. */
  | { type: 'credentials'; loaded: boolean }
  /** The mock answered a token request from this page with a token. */
  | { type: 'token-issued' }
  /** The inspector decoded a token while it was on screen. */
  | { type: 'token-inspected' }
  /** The mock cluster answered a call from this page; ok when it accepted the token (2xx). */
  | { type: 'cluster-answered'; ok: boolean }
  | { type: 'reset' };

export interface GuidedRunState {
  readonly credentials: boolean;
  readonly token: boolean;
  readonly inspect: boolean;
  readonly call: boolean;
}

export const INITIAL_GUIDED_RUN: GuidedRunState = Object.freeze({ credentials: false, token: false, inspect: false, call: false });

/**
 * Credentials follow what is loaded now (clearing them un-checks the step); the later steps stay
 * done once done, because they happened. Inspecting counts only after a token was issued here,
 * so a token pasted from elsewhere does not skip the request step.
 */
export function guidedRunReducer(state: GuidedRunState, event: GuidedEvent): GuidedRunState {
  switch (event.type) {
    case 'credentials':
      return state.credentials === event.loaded ? state : { ...state, credentials: event.loaded };
    case 'token-issued':
      return state.token ? state : { ...state, token: true };
    case 'token-inspected':
      return state.inspect || !state.token ? state : { ...state, inspect: true };
    case 'cluster-answered':
      return state.call || !event.ok ? state : { ...state, call: true };
    case 'reset':
      return INITIAL_GUIDED_RUN;
  }
}

export type StepStatus = 'done' | 'current' | 'todo';

export interface GuidedStep {
  id: GuidedStepId;
  title: string;
  /** What to do, in one sentence. */
  action: string;
  /** The section that does it (an id on the page). */
  target: string;
  status: StepStatus;
}

const STEPS: ReadonlyArray<Omit<GuidedStep, 'status'>> = [
  { id: 'credentials', title: 'Get credentials', action: 'Create a client in the simulated Console, generate mock credentials, or paste your own file.', target: 'credentials-heading' },
  { id: 'token', title: 'Request a token', action: 'Send the client id and secret to the mock auth server and get an access token.', target: 'request-heading' },
  { id: 'inspect', title: 'Inspect the token', action: 'Read what the token says: who it is for, which cluster, when it expires.', target: 'inspect-heading' },
  { id: 'call', title: 'Call the cluster', action: 'Send the token to the cluster REST API as "Authorization: Bearer" and get an answer.', target: 'call-heading' },
];

/** The steps with their status: done, the first not done is current, the rest to do. */
export function guidedSteps(state: GuidedRunState): GuidedStep[] {
  let currentGiven = false;
  return STEPS.map((step) => {
    if (state[step.id]) return { ...step, status: 'done' as const };
    const status: StepStatus = currentGiven ? 'todo' : 'current';
    currentGiven = true;
    return { ...step, status };
  });
}

export function isGuidedRunComplete(state: GuidedRunState): boolean {
  return state.credentials && state.token && state.inspect && state.call;
}
