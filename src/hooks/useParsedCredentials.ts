import { useEffect, useState } from 'react';
import { parseCredentials, type ParseCredentialsResult } from '@site/src/lib/credentials';

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
  const [parsed, setParsed] = useState<ParsedText>(() => ({ text, result: text.trim() ? parseCredentials(text) : undefined }));
  useEffect(() => {
    if (parsed.text === text) return undefined;
    const timer = window.setTimeout(() => setParsed({ text, result: text.trim() ? parseCredentials(text) : undefined }), text.trim() ? delayMs : 0);
    return () => window.clearTimeout(timer);
  }, [text, delayMs, parsed.text]);
  return parsed;
}
