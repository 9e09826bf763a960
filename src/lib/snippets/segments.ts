/**
 * Snippets are built from segments so the generator knows exactly where the client secret sits
 * in the finished text: the UI shows a masked copy, and the copy button copies the real one.
 */

export interface Segment {
  text: string;
  /** True when `text` is (the escaped form of) the client secret. */
  secret?: boolean;
}

/** What a template may interpolate: plain text, segments, or lists of them. */
export type Piece = string | Segment | readonly Piece[];

interface SecretRange {
  /** Offset of the first character in the real `code`. */
  start: number;
  /** Offset one past the last character in the real `code`. */
  end: number;
}

export interface RenderedCode {
  /** The real snippet, ready to paste. */
  code: string;
  /** The same snippet with every secret replaced by bullets, for display only. */
  maskedCode: string;
  /** Where the secret appears in `code`. */
  secretRanges: SecretRange[];
  /** Where the bullets appear in `maskedCode`. */
  maskedRanges: SecretRange[];
  /** The snippet in order; join the texts to get `code`. */
  segments: Segment[];
}

export const MASK_CHAR = '•';

/** Tagged template that keeps secret segments apart from the plain text around them. */
export function code(strings: TemplateStringsArray, ...values: Piece[]): Segment[] {
  const out: Segment[] = [];
  strings.forEach((literal, i) => {
    pushPiece(out, literal);
    if (i < values.length) pushPiece(out, values[i]);
  });
  return out;
}

/** Joins lines of segments with newlines (the last line gets one too). */
export function lines(...rows: Piece[]): Segment[] {
  const out: Segment[] = [];
  for (const row of rows) {
    pushPiece(out, row);
    pushPiece(out, '\n');
  }
  return out;
}

function pushPiece(out: Segment[], piece: Piece): void {
  if (typeof piece === 'string') {
    if (piece === '') return;
    const last = out[out.length - 1];
    // Merge neighbouring plain text so the UI gets few, large segments.
    if (last && !last.secret) last.text += piece;
    else out.push({ text: piece });
  } else if (Array.isArray(piece)) {
    for (const p of piece as readonly Piece[]) pushPiece(out, p);
  } else {
    const segment = piece as Segment;
    if (segment.secret) out.push({ text: segment.text, secret: true });
    else pushPiece(out, segment.text);
  }
}

/** Bullets of about the secret's length: long enough to look real, short enough to fit a line. */
function maskFor(text: string): string {
  return MASK_CHAR.repeat(Math.min(Math.max(text.length, 8), 48));
}

export function renderSegments(segments: readonly Segment[]): RenderedCode {
  let codeText = '';
  let masked = '';
  const secretRanges: SecretRange[] = [];
  const maskedRanges: SecretRange[] = [];
  for (const segment of segments) {
    if (segment.secret && segment.text !== '') {
      const mask = maskFor(segment.text);
      secretRanges.push({ start: codeText.length, end: codeText.length + segment.text.length });
      maskedRanges.push({ start: masked.length, end: masked.length + mask.length });
      codeText += segment.text;
      masked += mask;
    } else {
      codeText += segment.text;
      masked += segment.text;
    }
  }
  return { code: codeText, maskedCode: masked, secretRanges, maskedRanges, segments: [...segments] };
}
