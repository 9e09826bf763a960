import { useEffect, useState } from 'react';
import { parseCredentials, type ParseCredentialsResult } from '@site/src/lib/credentials';
import { useCamundaVersion } from './useCamundaVersion';

export interface ParsedText {
  /** The text this result belongs to. */
  text: string;
  /** undefined for blank text: nothing to check yet. */
  result: ParseCredentialsResult | undefined;
}

/**
 * Parses `text` a moment after the user stops typing, so each keystroke costs nothing. The parser
 * itself refuses oversized input at once, so even a huge paste cannot freeze the tab here.
 */
export function useParsedCredentials(text: string, delayMs = 120): ParsedText {
  const [version] = useCamundaVersion();
  const parse = (t: string) => (t.trim() ? parseCredentials(t, { version }) : undefined);
  const [parsed, setParsed] = useState<ParsedText & { version: string }>(() => ({ text, version, result: parse(text) }));
  useEffect(() => {
    if (parsed.text === text && parsed.version === version) return undefined;
    const timer = window.setTimeout(() => setParsed({ text, version, result: parse(text) }), text.trim() ? delayMs : 0);
    return () => window.clearTimeout(timer);
    // parse closes over version only, which is listed.
  }, [text, delayMs, parsed.text, parsed.version, version]);
  return parsed;
}
