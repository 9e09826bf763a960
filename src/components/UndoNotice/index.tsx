import type { ReactNode } from 'react';
import type { FileReplace } from '@site/src/hooks/useFileReplace';
import styles from './styles.module.css';

/**
 * "Replaced your edited file. [Undo]": shown next to the control that replaced the file, in a
 * polite live region so a screen reader hears it without losing its place.
 */
export default function UndoNotice({ replace, place }: { replace: FileReplace; place: 'editor' | 'console' }): ReactNode {
  const offer = replace.offer?.place === place ? replace.offer : null;
  return (
    <div role="status" className={offer ? styles.undo : undefined} data-testid={`undo-${place}`}>
      {offer && (
        <>
          <span>{offer.message}</span>{' '}
          <button type="button" className="button button--sm button--secondary" onClick={replace.undo}>
            Undo
          </button>{' '}
          <button type="button" className="button button--sm button--secondary" onClick={replace.dismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
