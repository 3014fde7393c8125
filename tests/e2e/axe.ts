import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ElementContext, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/**
 * axe-core, run inside a page of the real browser.
 *
 * Extension pages forbid inline scripts (their CSP is `script-src 'self'`), so axe is not added
 * with a `<script>` tag: its source is evaluated through the DevTools protocol, which no CSP
 * governs. The same works on any web page, whatever its own CSP.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const DEFAULT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeCheck {
  /** Names what was checked in the failure message, e.g. "Matches (dark)". */
  label?: string;
  /**
   * What to check; the whole document when left out. A CSS selector, a list of them, or
   * `{ include, exclude }`. Open shadow roots are reached with `{ fromShadowDom: ['#host', '.inside'] }`;
   * axe cannot enter a closed shadow root (nothing in the page can), so check such UI in a build
   * or a page where its root is open, or render its markup into a page and check that.
   */
  context?: ElementContext;
  /** Passed to `axe.run`; by default the rules tagged {@link DEFAULT_TAGS}. */
  runOptions?: RunOptions;
  /** Which impacts fail the check; serious and critical by default. */
  failOn?: ImpactValue[];
}

type Target = Page | Frame;

/** Loads axe into the page once (per document). */
async function ensureAxe(target: Target): Promise<void> {
  const loaded = await target.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (loaded) return;
  // A string is evaluated as a script expression through CDP's Runtime.evaluate: the page's CSP does not apply.
  await target.evaluate(AXE_SOURCE);
  const ready = await target.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!ready) throw new Error('axe-core did not load in the page');
}

/** Every axe result for the page (or the part of it `context` names). */
export async function runAxe(target: Target, check: Pick<AxeCheck, 'context' | 'runOptions'> = {}): Promise<AxeResults> {
  await ensureAxe(target);
  const runOptions: RunOptions = check.runOptions ?? { runOnly: { type: 'tag', values: DEFAULT_TAGS } };
  return target.evaluate(
    async ([context, options]) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
      const results = await axe.run(context ?? document, { ...options, resultTypes: ['violations'] });
      // Only plain data crosses back to Node.
      return JSON.parse(JSON.stringify({ ...results, passes: [], inapplicable: [] })) as AxeResults;
    },
    [check.context ?? null, runOptions] as const,
  );
}

const showTarget = (target: unknown): string =>
  Array.isArray(target) ? target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' | ') : String(target);

/** One paragraph per violation: rule, impact, what it asks, where, and axe's own summary of each node. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
          return `    - ${showTarget(node.target)}\n      ${node.html.slice(0, 200)}${summary ? `\n      ${summary}` : ''}`;
        })
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.nodes.length} node${violation.nodes.length === 1 ? '' : 's'})\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** The violations at the failing impacts (serious and critical unless told). */
export async function seriousViolations(target: Target, check: AxeCheck = {}): Promise<Result[]> {
  const failOn = check.failOn ?? ['serious', 'critical'];
  const { violations } = await runAxe(target, check);
  return violations.filter((violation) => failOn.includes(violation.impact ?? 'minor'));
}

/** Throws, listing each one readably, when axe finds a serious or critical violation. */
export async function expectNoSeriousViolations(target: Target, check: AxeCheck = {}): Promise<void> {
  const failing = await seriousViolations(target, check);
  if (failing.length === 0) return;
  const where = check.label ?? (('url' in target ? target.url() : '') || 'the page');
  throw new Error(`axe: ${failing.length} serious or critical violation${failing.length === 1 ? '' : 's'} in ${where}:\n${formatViolations(failing)}`);
}
