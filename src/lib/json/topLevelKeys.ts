/**
 * JSON.parse silently keeps the last of two equal member names, so `{"exp":1,"exp":2}` looks like
 * one member. The token inspector (RFC 7519 §4, RFC 8725 §3.9) and the mock's JSON token request
 * (RFC 6749 §3.2: parameters must not repeat) both need to see repeats, so one small scanner lists
 * the top-level member names of (already valid) JSON text.
 */

/** Top-level object member names in order of appearance, repeats kept. `text` must be valid JSON. */
export function listTopLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      if (depth === 1 && nextNonSpace(text, i) === ':') keys.push(JSON.parse(text.slice(start, i)) as string);
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    i++;
  }
  return keys;
}

/** The top-level member names that appear more than once, each named once. */
export function findDuplicateMembers(text: string): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const key of listTopLevelKeys(text)) {
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
  }
  return [...duplicates];
}

function nextNonSpace(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return text[i];
}
