import type { RepositoryFiles } from '../../../schema/profile';
import type { GqlExaminedRepository, GqlTreeEntry } from './graphql-schemas';

/** Names are compared in lower case: "Dockerfile", "dockerfile" and "JENKINSFILE" are all seen. */
const CI_FILES = new Set(['.gitlab-ci.yml', '.travis.yml', 'jenkinsfile', 'azure-pipelines.yml', '.drone.yml', 'appveyor.yml', 'bitbucket-pipelines.yml']);
const CI_FOLDERS = new Set(['.circleci']);
const KUBERNETES_FILES = new Set(['chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'skaffold.yaml']);
const KUBERNETES_FOLDERS = new Set(['charts', 'k8s', 'kubernetes', 'helm', 'deploy']);
const TEST_FOLDERS = new Set(['test', 'tests', 'spec', '__tests__']);
const TEST_FILE = /(_test\.go|_test\.py|\.(test|spec)\.[cm]?[jt]sx?|_spec\.rb)$|^test_.*\.py$/;
const DOCKERFILE = /^(dockerfile|containerfile)(\..+)?$|\.dockerfile$/;
const WORKFLOW = /\.ya?ml$/;

/** The marks of production work at HEAD; undefined when the root could not be read (an empty repository). */
export function repositoryFiles(examined: GqlExaminedRepository): RepositoryFiles | undefined {
  if (!examined.root) return undefined;
  const entries = examined.root.entries;
  const files = new Set(entries.filter((entry) => !isFolder(entry)).map(lowerName));
  const folders = new Set(entries.filter(isFolder).map(lowerName));
  const goModule = files.has('go.mod');
  const goModText = examined.goMod?.text;
  return {
    goModule,
    ...(goModule && goModText ? { goDependencies: goRequirements(goModText) } : {}),
    dockerfile: [...files].some((name) => DOCKERFILE.test(name)),
    kubernetes: hasAny(files, KUBERNETES_FILES) || hasAny(folders, KUBERNETES_FOLDERS),
    ciConfig: hasWorkflow(examined.workflows?.entries ?? []) || hasAny(files, CI_FILES) || hasAny(folders, CI_FOLDERS),
    tests: hasAny(folders, TEST_FOLDERS) || [...files].some((name) => TEST_FILE.test(name)),
  };
}

/**
 * Modules named by `require` in a go.mod, in blocks or one per line, indirect ones included:
 * a module that needs others is more than an exercise.
 */
export function goRequirements(goMod: string): number {
  let count = 0;
  let inBlock = false;
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line) count++;
    } else if (/^require\s*\($/.test(line)) inBlock = true;
    else if (/^require\s+[^\s(]/.test(line)) count++;
  }
  return count;
}

/** Git keeps no empty folders, so an "empty" workflows folder holds a .gitkeep or a README, never a workflow. */
function hasWorkflow(entries: GqlTreeEntry[]): boolean {
  return entries.some((entry) => !isFolder(entry) && WORKFLOW.test(lowerName(entry)));
}

const isFolder = (entry: GqlTreeEntry) => entry.type === 'tree';
const lowerName = (entry: GqlTreeEntry) => entry.name.toLowerCase();
const hasAny = (names: Set<string>, wanted: Set<string>) => [...wanted].some((name) => names.has(name));
