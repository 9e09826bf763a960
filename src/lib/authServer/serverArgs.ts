/**
 * Command-line flags of the local mock server (scripts/mock-server.ts), parsed without Node APIs
 * so the rules are unit-tested directly. Bad input throws ServerArgsError with a one-line message.
 */
import { isWellFormedClientId, isWellFormedClientSecret, wellFormedRule } from '../credentials/credentialShape';
import { MAX_TOKEN_LIFETIME_SECONDS } from './settings';

export interface MockServerArgs {
  /** 0 asks the system for a free port. */
  port: number;
  clientId: string | null;
  clientSecret: string | null;
  acceptAny: boolean;
  tokenLifetimeSeconds: number;
  blockSeconds: number;
  tarpitSeconds: number;
  log: 'text' | 'json';
  help: boolean;
}

export class ServerArgsError extends Error {
  readonly code = 'ERR_MOCK_SERVER_ARGS';
  constructor(message: string) {
    super(message);
    this.name = 'ServerArgsError';
  }
}

export const MOCK_SERVER_USAGE = `Usage: npm run mock-server -- [options]
  --port <n>              port on 127.0.0.1 (default 8089; 0 picks a free one)
  --client-id <id>        register this client id (with --client-secret); default: generate a client
  --client-secret <s>     its secret
  --accept-any            also accept any well-formed unknown client id and secret
  --token-lifetime <s>    token lifetime in seconds (default 86400)
  --block-seconds <s>     how long a source stays blocked after the rate limit (default 60)
  --tarpit-seconds <s>    delay for repeated wrong secrets of one client id (default 30)
  --log json              one JSON line per token request on stdout (default: plain text)
  --help                  show this help`;

const VALUE_FLAGS = ['--port', '--client-id', '--client-secret', '--token-lifetime', '--block-seconds', '--tarpit-seconds', '--log'] as const;

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ServerArgsError(`${flag} needs a whole number from ${min} to ${max}; got "${value}".`);
  }
  return Number(value);
}

export function parseMockServerArgs(argv: readonly string[]): MockServerArgs {
  const values = new Map<string, string>();
  const args: MockServerArgs = { port: 8089, clientId: null, clientSecret: null, acceptAny: false, tokenLifetimeSeconds: 86_400, blockSeconds: 60, tarpitSeconds: 30, log: 'text', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--accept-any' && eq < 0) args.acceptAny = true;
    else if ((flag === '--help' || flag === '-h') && eq < 0) args.help = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new ServerArgsError(`${flag} needs a value. Try --help.`);
      if (values.has(flag)) throw new ServerArgsError(`${flag} is given twice.`);
      values.set(flag, value);
    } else {
      throw new ServerArgsError(`Unknown option "${arg}". Try --help.`);
    }
  }
  const get = (flag: string) => values.get(flag);
  if (get('--port') !== undefined) args.port = wholeNumber('--port', get('--port')!, 0, 65_535);
  if (get('--token-lifetime') !== undefined) args.tokenLifetimeSeconds = wholeNumber('--token-lifetime', get('--token-lifetime')!, 1, MAX_TOKEN_LIFETIME_SECONDS);
  if (get('--block-seconds') !== undefined) args.blockSeconds = wholeNumber('--block-seconds', get('--block-seconds')!, 0, 86_400);
  if (get('--tarpit-seconds') !== undefined) args.tarpitSeconds = wholeNumber('--tarpit-seconds', get('--tarpit-seconds')!, 0, 300);
  const log = get('--log');
  if (log !== undefined) {
    if (log !== 'json' && log !== 'text') throw new ServerArgsError(`--log takes "json" or "text"; got "${log}".`);
    args.log = log;
  }
  args.clientId = get('--client-id') ?? null;
  args.clientSecret = get('--client-secret') ?? null;
  if ((args.clientId === null) !== (args.clientSecret === null)) throw new ServerArgsError('--client-id and --client-secret go together; give both or neither.');
  if (args.clientId !== null && !isWellFormedClientId(args.clientId)) throw new ServerArgsError(`--client-id must be ${wellFormedRule('id')}.`);
  if (args.clientSecret !== null && !isWellFormedClientSecret(args.clientSecret)) throw new ServerArgsError(`--client-secret must be ${wellFormedRule('secret')}.`);
  return args;
}
