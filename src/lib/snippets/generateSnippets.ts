/**
 * The one entry point for the UI: credentials (or nothing) in, ready-to-paste snippets out, each
 * with a masked twin for the screen. Pure and synchronous; nothing leaves the browser.
 */
import type { Credentials } from '../credentials/model';
import type { CamundaVersionId } from '../camundaVersion';
import { generateDockerCompose, generateKubernetes } from './containers';
import { generateCsharpBuilder, generateCsharpEnv } from './csharp';
import { generateCurl, generateCurlJson } from './curl';
import { PLACEHOLDERS, resolveFields, type SnippetEndpoints } from './fields';
import { generateGoClient, generateZbctlEnv, generateZbctlFlags } from './go';
import { generateJavaCamundaClient, generateJavaEnv, generateJavaZeebeClient } from './java';
import { generateNodeEnv, generateNodeSdk } from './node';
import { generatePython } from './python';
import { renderSegments, type RenderedCode } from './segments';
import { generateDotenv, generateShellExport } from './shell';
import {
  generateSpringLegacyProperties,
  generateSpringLegacyYaml,
  generateSpringProperties,
  generateSpringYaml,
} from './spring';
import { findTarget, TARGETS, type SnippetLanguage, type SnippetTarget, type TargetId } from './targets';
import type { Generator } from './types';

export interface SnippetOptions {
  /** Override where the snippet points, e.g. at the local mock server. */
  endpoints?: SnippetEndpoints;
  /** The Camunda version to write for; default 8.8 and newer. */
  version?: CamundaVersionId;
}

export interface Snippet extends RenderedCode {
  targetId: TargetId;
  target: SnippetTarget;
  language: SnippetLanguage;
  filename?: string;
  /** True when the code still contains a `<your-…>` placeholder. */
  usesPlaceholders: boolean;
  /** True when the code contains the real client secret (then `maskedCode` differs from `code`). */
  hasSecret: boolean;
  /** Problems with these particular values in this target, each saying how to fix it. */
  warnings: string[];
}

export class SnippetError extends Error {
  readonly code: 'ERR_UNKNOWN_SNIPPET_TARGET';
  constructor(code: SnippetError['code'], message: string) {
    super(message);
    this.name = 'SnippetError';
    this.code = code;
  }
}

const GENERATORS: Record<TargetId, Generator> = {
  'java-camunda-client': generateJavaCamundaClient,
  'java-zeebe-client': generateJavaZeebeClient,
  'java-env': generateJavaEnv,
  'spring-yaml': generateSpringYaml,
  'spring-properties': generateSpringProperties,
  'spring-legacy-yaml': generateSpringLegacyYaml,
  'spring-legacy-properties': generateSpringLegacyProperties,
  'node-sdk': generateNodeSdk,
  'node-env': generateNodeEnv,
  'go-client': generateGoClient,
  'zbctl-flags': generateZbctlFlags,
  'zbctl-env': generateZbctlEnv,
  'python-pyzeebe': generatePython,
  'csharp-builder': generateCsharpBuilder,
  'csharp-env': generateCsharpEnv,
  curl: generateCurl,
  'curl-json': generateCurlJson,
  'shell-export': generateShellExport,
  dotenv: generateDotenv,
  'docker-compose': generateDockerCompose,
  kubernetes: generateKubernetes,
};

export function generateSnippet(targetId: TargetId, credentials?: Credentials, options: SnippetOptions = {}): Snippet {
  const target = findTarget(targetId);
  const generator = (GENERATORS as Record<string, Generator | undefined>)[targetId];
  if (!target || !generator) {
    throw new SnippetError(
      'ERR_UNKNOWN_SNIPPET_TARGET',
      `There is no snippet target "${String(targetId)}". Use one of: ${TARGETS.map((t) => t.id).join(', ')}.`,
    );
  }
  const fields = resolveFields(credentials, options.endpoints, options.version);
  const output = generator(fields);
  const rendered = renderSegments(output.segments);
  return {
    ...rendered,
    targetId,
    target,
    language: target.language,
    filename: target.filename,
    usesPlaceholders: Object.values(PLACEHOLDERS).some((p) => rendered.code.includes(p)),
    hasSecret: rendered.secretRanges.length > 0,
    warnings: output.warnings ?? [],
  };
}

/** Every target, in catalogue order. */
export function generateAllSnippets(credentials?: Credentials, options: SnippetOptions = {}): Snippet[] {
  return TARGETS.map((t) => generateSnippet(t.id, credentials, options));
}
