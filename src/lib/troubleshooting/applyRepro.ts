/**
 * Putting a reproduction plan onto a mock auth server and taking it off again. The playground's
 * hook and the tests both call these, so what the tests see is what the page does.
 */
import type { AuthServer } from '../authServer/authServer';
import { NO_FAULTS } from '../authServer/faults';
import { DEFAULT_TOKEN_LIFETIME_SECONDS } from '../authServer/issueToken';
import { DEFAULT_RATE_LIMIT } from '../authServer/rateLimiter';
import type { ReproPlan } from './repro';

type ReproTarget = Pick<AuthServer, 'clients' | 'configure' | 'setFaults' | 'reset'>;

/** Register the plan's client, set the mock's settings and faults, and forget earlier blocks. */
export function applyReproPlan(server: ReproTarget, plan: ReproPlan): void {
  server.clients.register(plan.register);
  server.configure(plan.settings);
  server.setFaults(plan.faults);
  server.reset();
}

/** Back to the mock's defaults (registered clients stay). */
export function endRepro(server: ReproTarget): void {
  server.configure({ tokenLifetimeSeconds: DEFAULT_TOKEN_LIFETIME_SECONDS, rateLimit: { ...DEFAULT_RATE_LIMIT }, allowProcessInstanceCreation: true });
  server.setFaults({ ...NO_FAULTS });
  server.reset();
}
