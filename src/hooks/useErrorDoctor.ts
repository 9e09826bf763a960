import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { diagnose, maskSecrets, type Diagnosis } from '@site/src/lib/errorDoctor';

export interface ErrorDoctorState {
  /** The field's text, with secrets already masked. */
  text: string;
  setText: (value: string) => void;
  /** Undefined while the field is empty. */
  diagnosis?: Diagnosis;
  /** Secrets masked since the field was last emptied. */
  maskedCount: number;
}

/**
 * The Error output field's state. Secrets are masked as soon as they arrive, so the raw value never
 * stays on screen; the text lives in component state only (no storage, no URL, no request).
 */
export function useErrorDoctor(): ErrorDoctorState {
  const [text, setRawText] = useState('');
  const [maskedCount, setMaskedCount] = useState(0);
  const setText = useCallback((value: string) => {
    const masked = maskSecrets(value);
    setRawText(masked.text);
    setMaskedCount((n) => (value.trim() === '' ? 0 : n + masked.count));
  }, []);
  // A megabyte paste is diagnosed after the field has updated, keeping typing responsive.
  const deferred = useDeferredValue(text);
  const diagnosis = useMemo(() => (deferred.trim() === '' ? undefined : diagnose(deferred)), [deferred]);
  return { text, setText, diagnosis, maskedCount };
}
