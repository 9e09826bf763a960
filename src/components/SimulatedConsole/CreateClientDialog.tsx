import { forwardRef, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ConsoleScope } from '@site/src/lib/credentials';
import type { CamundaVersionId } from '@site/src/lib/camundaVersion';
import { grantedScopes, scopeOptions } from '@site/src/lib/console/scopeOptions';
import { validateNewClient, type ConsoleClientSummary, type ConsoleFormError } from '@site/src/lib/console/simulatedConsole';
import styles from './styles.module.css';

interface CreateClientDialogProps {
  existing: readonly ConsoleClientSummary[];
  /** The Camunda version whose scope list the dialog offers. */
  version: CamundaVersionId;
  headingLevel: 2 | 3 | 4 | 5;
  onCreate: (name: string, scopes: ConsoleScope[]) => void;
  onCancel: () => void;
}

/** The "Create new client" form, in a native modal dialog (focus kept inside, Esc closes). */
const CreateClientDialog = forwardRef<HTMLDialogElement, CreateClientDialogProps>(function CreateClientDialog({ existing, version, headingLevel, onCreate, onCancel }, ref): ReactNode {
  const id = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [errors, setErrors] = useState<ConsoleFormError[]>([]);
  const Heading = `h${headingLevel}` as 'h2';
  const nameError = errors.find((e) => e.field === 'name');
  const scopeError = errors.find((e) => e.field === 'scopes');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const granted = grantedScopes(version, scopes);
    const found = validateNewClient(name, granted, existing);
    setErrors(found);
    if (found.length) return;
    onCreate(name, granted);
    setName('');
    setScopes([]);
  };

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={() => setErrors([])} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <Heading id={`${id}-title`} className={styles.dialogTitle}>
          Create new client
        </Heading>
        <label htmlFor={`${id}-name`} className={styles.fieldLabel}>
          Client name
        </label>
        <input
          id={`${id}-name`}
          className={styles.textInput}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          autoComplete="off"
        />
        {nameError && (
          <p id={`${id}-name-error`} className={styles.fieldError}>
            {nameError.message}
          </p>
        )}
        <fieldset className={styles.scopeSet} aria-describedby={scopeError ? `${id}-scope-error` : undefined}>
          <legend className={styles.fieldLabel}>Scopes</legend>
          {scopeOptions(version).map((option) => (
            <label key={option.id} className={styles.scopeOption}>
              <input
                type="checkbox"
                checked={scopes.includes(option.id)}
                onChange={(e) => setScopes((s) => (e.target.checked ? [...s, option.id] : s.filter((x) => x !== option.id)))}
              />
              <span>
                <strong>{option.label}</strong> <span className={styles.muted}>({option.hint})</span>
              </span>
            </label>
          ))}
        </fieldset>
        {scopeError && (
          <p id={`${id}-scope-error`} className={styles.fieldError}>
            {scopeError.message}
          </p>
        )}
        <div className={styles.dialogButtons}>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
});

export default CreateClientDialog;
