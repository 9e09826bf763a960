/** A validation problem drawn as a squiggle; positions are 1-based, as editors count. */
export interface EditorMarker {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** What a parent may do with a mounted editor. */
export interface EditorHandle {
  /** Put the cursor at a 1-based position, scroll it into view and focus the editor. */
  focusAt(line: number, column: number): void;
  /** Select between two character offsets of the text (equal offsets: a caret), without focusing. */
  selectOffsets(start: number, end: number): void;
  focus(): void;
}
