/**
 * Reading the clipboard, files and downloads, wrapped so the components read plainly (copying goes
 * through useCopyToClipboard). Sizes are
 * checked before any text is read into the page's state.
 */
import { describeOversizedInput } from '@site/src/lib/credentials';

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

export async function readClipboardText(): Promise<ReadOutcome> {
  if (!navigator.clipboard?.readText) {
    return { ok: false, message: 'This browser does not let pages read the clipboard. Click in the editor and press Ctrl+V (⌘V on a Mac) instead.' };
  }
  try {
    const text = await navigator.clipboard.readText();
    const tooLarge = describeOversizedInput(text.length, 'clipboard');
    return tooLarge ? { ok: false, message: tooLarge } : { ok: true, text };
  } catch {
    return { ok: false, message: 'The browser did not allow this page to read the clipboard. Click in the editor and press Ctrl+V (⌘V on a Mac) instead.' };
  }
}

export async function readTextFile(file: File): Promise<ReadOutcome> {
  // Refused by size alone: the file is never read, so a 5 MB log cannot slow the page down.
  const tooLarge = describeOversizedInput(file.size, 'file', file.name);
  if (tooLarge) return { ok: false, message: tooLarge };
  try {
    const text = await file.text();
    if (text.includes('\u0000')) {
      return { ok: false, message: `"${file.name}" looks like a binary file, not a text credentials file. Nothing was loaded.` };
    }
    return { ok: true, text };
  } catch {
    return { ok: false, message: `"${file.name}" could not be read. Check that it still exists and that the browser may open it.` };
  }
}

export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
