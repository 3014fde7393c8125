import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { adapters } from '@/lib/sites';
import { HOST_PERMISSIONS, SITE_PAGES } from '@/lib/sites/hosts';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture rules', () => {
  it.each(['lib/scoring', 'lib/sites'])('%s is pure: no browser, WXT or Dexie imports', (dir) => {
    for (const file of sourceFiles(dir)) {
      const forbidden = importsOf(file).filter((spec) => /^(#imports|wxt|wxt\/|dexie|dexie-react-hooks|@\/lib\/db|\.\.\/db)/.test(spec));
      expect(forbidden, file).toEqual([]);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(browser|chrome)\.(runtime|tabs|storage)\b/);
    }
  });

  it('only lib/db imports Dexie; only lib/db and lib/services reach the tables', () => {
    for (const dir of ['lib', 'components', 'entrypoints']) {
      for (const file of sourceFiles(dir)) {
        const relative = file.slice(root.length);
        const imports = importsOf(file);
        if (!relative.startsWith('lib/db/')) expect(imports.filter((spec) => spec === 'dexie'), relative).toEqual([]);
        if (!relative.startsWith('lib/db/') && !relative.startsWith('lib/services/')) {
          expect(imports.filter((spec) => /(^|\/)db(\/|$)|lib\/db/.test(spec)), relative).toEqual([]);
        }
      }
    }
  });

  it('lib/db is storage only: it imports no use case, site, API client or scorer', () => {
    for (const file of sourceFiles('lib/db')) {
      const imports = importsOf(file).filter((spec) => spec.startsWith('.'));
      expect(imports.filter((spec) => /services|sites|github-api|gitlab-api|scoring|export/.test(spec)), file).toEqual([]);
    }
  });

  it('content scripts never open IndexedDB: no lib/db or Dexie in their imports', () => {
    const contentDirs = readdirSync(join(root, 'entrypoints')).filter((name) => name.endsWith('.content'));
    expect(contentDirs.length).toBeGreaterThan(0);
    for (const dir of contentDirs) {
      for (const file of sourceFiles(join('entrypoints', dir))) {
        expect(importsOf(file).filter((spec) => /dexie|lib\/db/.test(spec)), file).toEqual([]);
      }
    }
  });

  it('each site is one folder of lib/sites, registered once, with its extractor tested and its test URLs written down', () => {
    const folders = readdirSync(join(root, 'lib/sites'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...folders].sort()).toEqual(adapters.map((adapter) => adapter.id).sort());
    for (const site of folders) {
      expect(existsSync(join(root, 'tests/sites', site, 'extract.test.ts')), `tests/sites/${site}/extract.test.ts`).toBe(true);
      expect(readFileSync(join(root, 'lib/sites', site, 'extract.ts'), 'utf8'), site).toMatch(/Test URLs:/);
    }
  });

  it('every registered site has a content script on its pages and a host permission, both from lib/sites/hosts.ts', () => {
    for (const adapter of adapters) {
      const script = readFileSync(join(root, 'entrypoints', `${adapter.id}.content`, 'index.ts'), 'utf8');
      expect(script, adapter.id).toContain(`SITE_PAGES.${adapter.id}`);
      for (const pattern of SITE_PAGES[adapter.id]) expect(HOST_PERMISSIONS, adapter.id).toContain(pattern);
    }
    expect(readFileSync(join(root, 'wxt.config.ts'), 'utf8')).toContain('host_permissions: [...HOST_PERMISSIONS]');
  });

  it('entrypoints only wire: each content script is at most 15 lines', () => {
    for (const dir of readdirSync(join(root, 'entrypoints')).filter((name) => name.endsWith('.content'))) {
      for (const file of sourceFiles(join('entrypoints', dir))) {
        expect(readFileSync(file, 'utf8').trimEnd().split('\n').length, file).toBeLessThanOrEqual(15);
      }
    }
  });

  it('the team server stays out of the extension: nothing outside lib/team-server imports it, and no bundle carries it', () => {
    for (const dir of ['entrypoints', 'components', 'lib']) {
      for (const file of sourceFiles(dir)) {
        const relative = file.slice(root.length);
        if (relative.startsWith('lib/team-server/')) continue;
        const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
        expect(specifiers.filter((spec) => /team-server|@hocuspocus\/server|@hocuspocus\/extension-|^sqlite3$|^pg$|^ioredis$/.test(spec)), relative).toEqual([]);
      }
    }
    const bundle = join(root, '.output/chrome-mv3');
    if (!existsSync(bundle)) return;
    const scripts = readdirSync(bundle, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.js'));
    for (const script of scripts) {
      const text = readFileSync(join(script.parentPath, script.name), 'utf8');
      expect(text.includes('@hocuspocus/server'), script.name).toBe(false);
      // The word "sqlite3" alone is a skill alias the scorer knows; the module shows itself by its binding or its import.
      expect(text, script.name).not.toMatch(/sqlite3-binding|node_sqlite3|require\(\s*["'`]sqlite3["'`]\s*\)|from\s*["'`]sqlite3["'`]/);
      // pg and ioredis (the server's Postgres and Redis clients) by texts of their own: an error of pg's SCRAM
      // sign-in and the prefix of ioredis's debug and tracing names.
      expect(text, script.name).not.toMatch(/SCRAM-SERVER-FIRST-MESSAGE|"ioredis/);
    }
  });

  it('page content is never rendered as HTML', () => {
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints'), ...sourceFiles('lib')]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/);
    }
  });
});
