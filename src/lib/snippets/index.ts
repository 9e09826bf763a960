export { generateAllSnippets, generateSnippet, SnippetError, type Snippet, type SnippetOptions } from './generateSnippets';
export {
  findTarget,
  GROUP_LABELS,
  TARGET_GROUPS,
  TARGET_IDS,
  TARGETS,
  targetsInGroup,
  type SnippetLanguage,
  type SnippetTarget,
  type TargetGroup,
  type TargetId,
} from './targets';
export { MOCK_SERVER_ORIGIN, mockServerEndpoints, PLACEHOLDERS, type SnippetEndpoints } from './fields';
export { MASK_CHAR, type SecretRange, type Segment } from './segments';
