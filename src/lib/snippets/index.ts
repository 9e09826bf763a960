export { generateAllSnippets, generateSnippet, SnippetError, type Snippet, type SnippetOptions } from './generateSnippets';
export {
  findTarget,
  GROUP_LABELS,
  TARGET_GROUPS,
  TARGET_IDS,
  TARGETS,
  targetsInGroup,
  type TargetGroup,
  type TargetId,
} from './targets';
export { mockServerEndpoints, PLACEHOLDERS } from './fields';
export { MASK_CHAR } from './segments';
