/** Everything the UI needs from the credentials logic, in one import. */
export * from './model';
export { parseCredentials, MAX_CREDENTIALS_INPUT_LENGTH, type ParseCredentialsOptions, type ParseCredentialsResult } from './parseCredentials';
export { detectFormat, type FormatGuess } from './detectFormat';
export { CREDENTIALS_FORMATS, type CredentialsFormat, type Entry, type Quoting } from './entry';
export {
  sortProblems,
  countProblems,
  describeLocation,
  toMarkerData,
  MARKER_SEVERITY,
  type Problem,
  type ProblemCode,
  type Severity,
  type SourceRange,
  type MarkerData,
} from './problems';
export { validateEntries, completeCredentials, type PartialCredentials, type ValidationResult } from './validate';
export {
  writeCredentials,
  writeConsoleFile,
  writeEnvFile,
  writeSpringProperties,
  writeSpringYaml,
  writeCredentialsJson,
  consoleVariables,
  SUGGESTED_FILE_NAMES,
  type ConsoleGeneration,
  type SpringGeneration,
  type WriteCredentialsOptions,
} from './writeCredentials';
export { generateMockCredentials, type GenerateMockCredentialsOptions } from './generateMockCredentials';
export { maskSecret, redactSecrets } from './maskSecret';
export {
  VARIABLES,
  CLIENT_LABELS,
  OTHER_CLIENT_SETTINGS,
  type VariableInfo,
  type VariableGeneration,
  type CredentialField,
  type ClientName,
} from './variables';
export { resolveKey, isSecretKey, type KeyResolution } from './resolveKey';
export { buildVariableTable, renderVariableTableMarkdown, shownForVersion, readBySources, GENERATION_LABELS, type VariableRow, type ReadBySource } from './variableTable';
export { sameCredentials } from './sameCredentials';
export { describeOversizedInput, formatByteSize, type InputSource } from './inputSize';
