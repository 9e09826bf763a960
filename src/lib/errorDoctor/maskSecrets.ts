/**
 * Masks secrets inside pasted error output before anything is shown or analysed: JWTs, bearer and
 * basic credentials, Authorization headers and `secret=`/`password:`-style values. Every pattern
 * starts with a literal, so a scan stays linear even on a megabyte of text.
 */

export const MASK = '[masked]';

export interface MaskResult {
  text: string;
  /** How many values were masked. */
  count: number;
}

/** Runs of token characters; each is then tested on its own, so no pattern rescans a long run. */
const TOKEN_RUN = /[\w.-]{20,}/g;
const JWT_SHAPE = /^eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*$/;
const AUTH_HEADER = /(authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:bearer|basic)?[ \t]{0,4})([^\s"',;]{1,8192})/gi;
const BEARER = /(\b(?:bearer|basic)[ \t]{1,4})([\w.~+/-]{8,8192}=*)/gi;
const KEY_VALUE =
  /((?:secret|password|passwd|pwd|api[_-]?key|access[_-]?token|refresh[_-]?token|client[_-]?assertion)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)([^\s"'&,;}<>]{1,8192})/gi;

function isMasked(value: string): boolean {
  return value.startsWith(MASK) || value.startsWith('eyJ…');
}

/** The text with every recognised secret replaced; the name before it stays, so the reader sees what was hidden. */
export function maskSecrets(text: string): MaskResult {
  let count = 0;
  let out = text.replace(TOKEN_RUN, (run) => {
    // A JWT may end a run that began earlier (`token=eyJ…`): look from its first "eyJ".
    const start = run.indexOf('eyJ');
    if (start < 0 || !JWT_SHAPE.test(run.slice(start))) return run;
    count += 1;
    return `${run.slice(0, start)}eyJ…${MASK}`;
  });
  const keepName = (_m: string, name: string, value: string) => {
    if (isMasked(value)) return `${name}${value}`;
    count += 1;
    return `${name}${MASK}`;
  };
  out = out.replace(AUTH_HEADER, keepName).replace(BEARER, keepName).replace(KEY_VALUE, keepName);
  return { text: out, count };
}
