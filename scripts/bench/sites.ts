/**
 * The two sites the bench compares: ours, and the reference, a stock Docusaurus site made from
 * the `classic` template of create-docusaurus (docs + blog + pages, what
 * `npx create-docusaurus my-site classic` writes), built from the same installed packages.
 * Both have `future: { v4: true }`, which in Docusaurus 3.10 turns on Docusaurus Faster (Rspack).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, type TreeRun } from './processTree';

export interface BuiltSite {
  name: 'ours' | 'reference';
  siteDir: string;
  outDir: string;
  baseUrl: string;
  build: TreeRun;
}

/** Copies the template the way create-docusaurus does: `shared` first, then `classic` over it. */
export function prepareReferenceSite(projectDir: string, workDir: string): string {
  const templates = join(projectDir, 'node_modules', 'create-docusaurus', 'templates');
  if (!existsSync(join(templates, 'classic'))) {
    throw new Error('create-docusaurus is not installed: run `npm install` (it is a devDependency) and try again.');
  }
  const siteDir = join(workDir, 'reference-site');
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  cpSync(join(templates, 'shared'), siteDir, { recursive: true });
  cpSync(join(templates, 'classic'), siteDir, { recursive: true });
  if (existsSync(join(siteDir, 'gitignore'))) renameSync(join(siteDir, 'gitignore'), join(siteDir, '.gitignore'));
  const config = join(siteDir, 'docusaurus.config.js');
  const text = readFileSync(config, 'utf8');
  // The template already has it; fail loudly if a future template drops it, since the comparison
  // would then be Webpack against Rspack.
  if (!/future:\s*{\s*v4:\s*true/.test(text)) throw new Error('The classic template no longer sets future.v4: the comparison would not be like for like.');
  symlinkSync(realpathSync(join(projectDir, 'node_modules')), join(siteDir, 'node_modules'), 'dir');
  return siteDir;
}

function docusaurusBin(projectDir: string): string {
  return join(realpathSync(join(projectDir, 'node_modules')), '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
}

/** A cold production build (no persistent cache) into outDir, measured. */
export async function buildSite(name: BuiltSite['name'], projectDir: string, siteDir: string, outDir: string, baseUrl: string): Promise<BuiltSite> {
  rmSync(outDir, { recursive: true, force: true });
  const build = await runMeasured(process.execPath, [docusaurusBin(projectDir), 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: { DOCUSAURUS_NO_PERSISTENT_CACHE: '1', NODE_ENV: 'production', FORCE_COLOR: '0' },
  });
  if (build.exitCode !== 0) throw new Error(`The ${name} site did not build (exit ${build.exitCode}):\n${build.tail}`);
  return { name, siteDir, outDir, baseUrl, build };
}
