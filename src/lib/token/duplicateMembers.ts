/**
 * JSON.parse silently keeps the last of two equal member names, so `{"exp":1,"exp":2}` looks
 * harmless. Libraries disagree on which one wins, which attackers can exploit (RFC 7519 §4, RFC 8725
 * §3.9 discuss this), so the inspector lists repeated top-level names. Call only on valid JSON text.
 */
export function findDuplicateMembers(jsonText: string): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let depth = 0;
  let i = 0;
  while (i < jsonText.length) {
    const ch = jsonText[i];
    if (ch === '"') {
      const end = endOfString(jsonText, i);
      if (depth === 1 && nextNonSpace(jsonText, end) === ':') {
        const name = JSON.parse(jsonText.slice(i, end)) as string;
        if (seen.has(name)) duplicates.add(name);
        seen.add(name);
      }
      i = end;
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    i++;
  }
  return [...duplicates];
}

/** Index just after the closing quote of the string that starts at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function nextNonSpace(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return text[i];
}
