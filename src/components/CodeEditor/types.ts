/** A validation problem drawn as a squiggle; positions are 1-based, as editors count. */
export interface EditorMarker {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
