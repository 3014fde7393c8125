import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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

  it('every site adapter has a test file and a Test URLs comment', () => {
    const adapters = readdirSync(join(root, 'lib/sites')).filter((name) => !['index.ts', 'types.ts', 'dom.ts'].includes(name));
    expect(adapters.length).toBeGreaterThan(0);
    for (const adapter of adapters) {
      const site = adapter.replace(/\.ts$/, '');
      expect(existsSync(join(root, 'tests/sites', `${site}.test.ts`)), `tests/sites/${site}.test.ts`).toBe(true);
      expect(readFileSync(join(root, 'lib/sites', adapter), 'utf8')).toMatch(/Test URLs:/);
    }
  });

  it('page content is never rendered as HTML', () => {
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints'), ...sourceFiles('lib')]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/);
    }
  });
});
