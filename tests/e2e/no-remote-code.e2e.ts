/**
 * What a store reviewer checks in the built extension: no remote code, no loosened CSP, and no
 * permission without a stated reason. Runs in the e2e phase because it reads the build
 * (.output/chrome-mv3 from `npm run build`, .output/firefox-mv2 from `npm run lint:firefox`).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../../.output', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** Every permission the manifests may ask for, with the reason; README's "Permissions" table says the same. */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  sidePanel: 'the panel (Chrome; Firefox has sidebar_action, no permission)',
  storage: 'the optional GitHub token, in local extension storage',
  alarms: '"Capture all" waits for the GitHub API budget to reset while the background sleeps; the daily retention check',
  scripting: "registers an optional site's content script once its permission is granted",
  'https://github.com/*': 'reads profile and list pages, and the contributions fragment they load',
  'https://api.github.com/*': 'repositories, organizations and merged pull requests of a captured profile',
  'https://stackoverflow.com/*': 'reads Stack Overflow profile pages',
  'https://www.linkedin.com/*': 'reads LinkedIn profile pages',
  'https://gitlab.com/*': "reads GitLab profile pages and asks GitLab's public API (/api/v4) for projects",
  'https://*.linkedin.com/*': "optional: LinkedIn's country sites, asked for only when turned on in Options",
  'https://*/*': "optional: the team server's address, asked for only that one origin when the recruiter signs in to team mode in Options",
  'http://localhost/*': 'optional: a team server on this machine (team mode), asked for when signing in',
  'http://127.0.0.1/*': 'optional: a team server on this machine (team mode), asked for when signing in',
};

/**
 * String-to-code in the bundles that a library needs. Zod 4 probes `Function('')` to see whether it may
 * compile parsers; the extension CSP forbids it, so the probe throws and Zod uses its interpreted parsers.
 */
const ALLOWED_EVAL = [
  { library: 'zod (JIT probe)', snippet: /try\{return Function\(``\),!0\}catch\{return!1\}/g },
  { library: 'zod (compiler, used only if the probe succeeds)', snippet: /compile\(\)\{let [\w$]+=Function,/g },
];
const EVAL_PATTERNS = [/(?<![\w$.])eval\s*\(/g, /(?<![\w$.])Function\s*\(/g, /new\s+Function\b/g, /=\s*Function\s*[,;)]/g];
const REMOTE_CODE_PATTERNS = [
  /import\s*\(\s*["'`](?:https?:)?\/\//g,
  /importScripts\s*\(/g,
  /["'`]https?:\/\/[^"'`\s]+\.m?js(?:\?[^"'`\s]*)?["'`]/g,
];

type Manifest = Record<string, unknown> & { permissions?: string[] };

const builds = ['chrome-mv3', 'firefox-mv2'].filter((name) => name === 'chrome-mv3' || existsSync(join(OUTPUT, name, 'manifest.json')));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function readManifest(build: string): Manifest {
  const path = join(OUTPUT, build, 'manifest.json');
  if (!existsSync(path)) throw new Error(`Build first (npm run build): ${path} is missing`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function askedPermissions(manifest: Manifest): string[] {
  const lists = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'];
  return lists.flatMap((key) => (manifest[key] as string[] | undefined) ?? []);
}

function matchesIn(text: string, patterns: RegExp[]): string[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 60), m.index + 60)));
}

function withoutAllowedEval(code: string): string {
  return ALLOWED_EVAL.reduce((text, { snippet }) => text.replace(snippet, ''), code);
}

describe.each(builds)('the %s build', (build) => {
  const dir = join(OUTPUT, build);
  const manifest = readManifest(build);
  const scripts = filesUnder(dir).filter((file) => /\.m?js$/.test(file));
  const pages = filesUnder(dir).filter((file) => file.endsWith('.html'));

  it('keeps the default content security policy and exposes nothing to web pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('asks only for the permissions with a stated reason, and uses every one of them', () => {
    const asked = askedPermissions(manifest);
    expect(asked.filter((permission) => !(permission in ALLOWED_PERMISSIONS))).toEqual([]);
    const expectedHere = Object.keys(ALLOWED_PERMISSIONS).filter((p) => !(build.startsWith('firefox') && p === 'sidePanel'));
    expect([...asked].sort()).toEqual([...expectedHere].sort());
  });

  it('loads its pages only from scripts inside the package', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const sources = [...readFileSync(page, 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(sources.length, relative(dir, page)).toBeGreaterThan(0);
      expect(sources.filter((src) => /^(?:[a-z]+:)?\/\//i.test(src)), relative(dir, page)).toEqual([]);
    }
  });

  it('turns no strings into code beyond the listed library uses', () => {
    expect(scripts.length).toBeGreaterThan(0);
    const found = scripts.flatMap((file) =>
      matchesIn(withoutAllowedEval(readFileSync(file, 'utf8')), EVAL_PATTERNS).map((context) => `${relative(dir, file)}: ${context}`),
    );
    expect(found).toEqual([]);
  });

  it('still holds each allowed library use, so the list above has no stale entry', () => {
    const code = scripts.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(ALLOWED_EVAL.filter(({ snippet }) => !new RegExp(snippet.source).test(code)).map((a) => a.library)).toEqual([]);
  });

  it('imports no script from the network', () => {
    const found = scripts.flatMap((file) =>
      matchesIn(readFileSync(file, 'utf8'), REMOTE_CODE_PATTERNS).map((context) => `${relative(dir, file)}: ${context}`),
    );
    expect(found).toEqual([]);
  });
});

describe('README', () => {
  it('gives a reason for every permission the extension may ask for', () => {
    const readme = readFileSync(README, 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1));
    expect(section.length).toBeGreaterThan(20);
    expect(Object.keys(ALLOWED_PERMISSIONS).filter((permission) => !section.includes(`\`${permission}\``))).toEqual([]);
  });
});
