/**
 * Clear, Generate and the Console's Create replace the file in the editor. When the reader had
 * edited it (typed, pasted or uploaded anything the page did not write itself), the page offers
 * an undo instead of asking first: nothing is lost, and no dialog stands in the way of a newcomer.
 */

export type ReplaceAction = 'clear' | 'generate' | 'console';

/** The editor's file and what was read from it, enough to put it back. */
export interface FileSnapshot<C = unknown, O = string> {
  fileText: string;
  credentials: C | undefined;
  origin: O | undefined;
}

export interface UndoOffer<C = unknown, O = string> {
  action: ReplaceAction;
  /** Which control replaced it, so the offer appears next to it. */
  place: 'editor' | 'console';
  message: string;
  previous: FileSnapshot<C, O>;
}

/** Edited = not empty and not exactly what the page itself last wrote into the editor. */
export function isEditedFile(current: string, lastWrittenByPage: string): boolean {
  return current.trim() !== '' && current !== lastWrittenByPage;
}

const MESSAGES: Record<ReplaceAction, string> = {
  clear: 'Cleared your edited file.',
  generate: 'Replaced your edited file with generated mock credentials.',
  console: "Replaced your edited file with the new client's credentials.",
};

/** The undo to offer after `action`, or null when nothing the reader wrote was replaced. */
export function undoOfferFor<C, O>(action: ReplaceAction, previous: FileSnapshot<C, O>, lastWrittenByPage: string): UndoOffer<C, O> | null {
  if (!isEditedFile(previous.fileText, lastWrittenByPage)) return null;
  return { action, place: action === 'console' ? 'console' : 'editor', message: MESSAGES[action], previous };
}
