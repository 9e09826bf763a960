export { diagnose, DOCTOR_CASES, MIN_SCORE } from './diagnose';
export { maskSecrets, MASK } from './maskSecrets';
export { MAX_DOCTOR_INPUT_CHARS } from './normalise';
export type { CaseMatch, Diagnosis, DoctorCase, Signal } from './types';
