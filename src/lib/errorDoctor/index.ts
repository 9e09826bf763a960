export { diagnose, DOCTOR_CASES } from './diagnose';
export { maskSecrets, MASK } from './maskSecrets';
export { MAX_DOCTOR_INPUT_CHARS } from './normalise';
export type { CaseMatch, Diagnosis } from './types';
