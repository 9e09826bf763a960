import type { SnippetFields } from './fields';
import type { Segment } from './segments';

/** What one family generator returns before the facade renders it. */
export interface GeneratorOutput {
  segments: Segment[];
  /** Things the user must know about these values in this target (how to fix them). */
  warnings?: string[];
}

export type Generator = (fields: SnippetFields) => GeneratorOutput;
