import { beforeEach, describe, expect, it } from 'vitest';
import * as repo from '@/lib/services';
import { cancelCaptureAll, runCaptureAll, startCaptureAll, type CaptureAllDeps, type PersonOutcome } from '@/lib/services/capture/run-capture-all';
import { resetDatabase } from '../../support/database';

const PAGE = 'https://github.com/orgs/example/people';

interface Harness {
  deps: CaptureAllDeps;
  captured: string[];
  wakes: Date[];
  budget: { remaining?: number; resetAt?: string };
  outcomes: Map<string, PersonOutcome>;
  /** Runs before each person is captured: a test's chance to cancel mid-job. */
  beforeCapture?: (login: string) => Promise<void>;
}

function harness(): Harness {
  const h: Harness = {
    captured: [],
    wakes: [],
    budget: {},
    outcomes: new Map(),
    deps: {
      capture: async (login) => {
        await h.beforeCapture?.(login);
        h.captured.push(login);
        const outcome = h.outcomes.get(login) ?? { kind: 'captured' };
        if (outcome.kind === 'captured' && h.budget.remaining !== undefined) h.budget.remaining -= 3;
        return outcome;
      },
      remainingBudget: async () => ({ ...h.budget }),
      wakeAt: (at) => void h.wakes.push(at),
      pause: async () => undefined,
    },
  };
  return h;
}

const start = async (h: Harness, logins: string[]) => {
  const progress = await startCaptureAll({ logins, pageUrl: PAGE }, h.deps);
  await runCaptureAll(h.deps);
  return progress;
};

beforeEach(async () => {
  await resetDatabase();
});

describe('capture all on a list page', () => {
  it('captures everyone once, in page order, and reports how it went', async () => {
    const h = harness();
    h.outcomes.set('bob', { kind: 'failed', reason: 'not-found' });
    h.outcomes.set('cy', { kind: 'skipped' });
    const first = await start(h, ['ada', 'Bob', 'cy', 'ada']);
    expect(first).toMatchObject({ state: 'running', done: 0, total: 3, pageUrl: PAGE });
    expect(h.captured).toEqual(['ada', 'bob', 'cy']);
    expect(repo.progressOf(await repo.getCaptureAllJob())).toEqual({ state: 'done', done: 3, total: 3, failed: 1, pageUrl: PAGE, message: 'Captured 2 of 3, 1 failed.' });
  });

  it('stops before the budget runs out and wakes at the reset, then finishes', async () => {
    const h = harness();
    h.budget = { remaining: 7, resetAt: '2026-11-25T15:00:00.000Z' };
    await start(h, ['a1', 'a2', 'a3', 'a4']);
    expect(h.captured).toEqual(['a1', 'a2']); // 7 → 4 → 1: not enough for a third person (3 requests)
    const waiting = await repo.getCaptureAllJob();
    expect(waiting).toMatchObject({ state: 'waiting-for-budget', done: 2, total: 4, queue: ['a3', 'a4'] });
    expect(waiting?.message).toMatch(/^Waiting for the GitHub API budget until \d\d:\d\d/);
    expect(h.wakes).toEqual([new Date('2026-11-25T15:00:00.000Z')]);

    h.budget = { remaining: 60, resetAt: '2026-11-25T16:00:00.000Z' }; // the alarm fires after the reset
    await runCaptureAll(h.deps);
    expect(h.captured).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(await repo.getCaptureAllJob()).toMatchObject({ state: 'done', done: 4 });
  });

  it('a person refused for the rate limit stays in the queue until the reset', async () => {
    const h = harness();
    h.outcomes.set('b', { kind: 'waiting', until: '2026-11-25T15:30:00.000Z' });
    await start(h, ['a', 'b', 'c']);
    expect(await repo.getCaptureAllJob()).toMatchObject({ state: 'waiting-for-budget', done: 1, queue: ['b', 'c'] });
    expect(h.wakes).toEqual([new Date('2026-11-25T15:30:00.000Z')]);
  });

  it('cancel stops after the person being read, and says how far it got', async () => {
    const h = harness();
    h.beforeCapture = async (login) => {
      if (login === 'b') await cancelCaptureAll();
    };
    await start(h, ['a', 'b', 'c', 'd']);
    expect(h.captured).toEqual(['a', 'b']);
    const job = await repo.getCaptureAllJob();
    expect(job).toMatchObject({ state: 'cancelled', message: 'Cancelled: captured 1 of 4.' });
  });

  it('a second list while one runs joins the same job; a bad request changes nothing', async () => {
    const h = harness();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    h.beforeCapture = () => held;
    await startCaptureAll({ logins: ['a', 'b'], pageUrl: PAGE }, h.deps);
    const joined = await startCaptureAll({ logins: ['b', 'c'], pageUrl: PAGE }, h.deps);
    expect(joined).toMatchObject({ total: 3 });
    expect((await repo.getCaptureAllJob())?.queue).toEqual(['a', 'b', 'c']);
    const refused = await startCaptureAll({ logins: ['<script>'], pageUrl: PAGE }, h.deps);
    expect(refused.message).toBe('That list could not be read.');
    expect((await repo.getCaptureAllJob())?.queue).toEqual(['a', 'b', 'c']);
    release();
    await runCaptureAll(h.deps);
    expect(h.captured).toEqual(['a', 'b', 'c']);
  });
});
