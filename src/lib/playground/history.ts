/**
 * The playground's own exchanges (token requests and cluster calls), newest first, so a reader can
 * look back and copy one as a curl command. Memory only; the entries keep what was sent, secret
 * included, because "Copy as curl" may be asked to include it.
 */

export interface SentRequest {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body: string;
}

interface EntryBase {
  id: number;
  /** Clock time (ms) when it was sent. */
  time: number;
  request: SentRequest;
  /** The answer's status, or null when none came. */
  status: number | null;
  /** One line for the list: the headline of the explanation, or why nothing came back. */
  summary: string;
}

export interface TokenEntry extends EntryBase {
  kind: 'token';
  clientId: string;
  clientSecret: string;
  /** The client authenticated with HTTP Basic rather than in the body. */
  basicAuth: boolean;
}

export interface CallEntry extends EntryBase {
  kind: 'call';
  /** The bearer token sent, or null. */
  token: string | null;
}

export type HistoryEntry = TokenEntry | CallEntry;
export type NewHistoryEntry = Omit<TokenEntry, 'id'> | Omit<CallEntry, 'id'>;

export interface History {
  readonly entries: readonly HistoryEntry[];
  readonly nextId: number;
}

/** Enough to look back over a session; older ones drop off so memory stays small. */
export const MAX_HISTORY_ENTRIES = 30;

export const EMPTY_HISTORY: History = Object.freeze({ entries: Object.freeze([]) as readonly HistoryEntry[], nextId: 1 });

export function addHistoryEntry(history: History, entry: NewHistoryEntry): History {
  const added = { ...entry, id: history.nextId } as HistoryEntry;
  return { entries: [added, ...history.entries].slice(0, MAX_HISTORY_ENTRIES), nextId: history.nextId + 1 };
}

/** "POST login.cloud.camunda.io/oauth/token" : the method and where it went, for the list. */
export function describeTarget(request: SentRequest): string {
  try {
    const url = new URL(request.url);
    return `${request.method} ${url.host}${url.pathname}`;
  } catch {
    return `${request.method} ${request.url}`;
  }
}
