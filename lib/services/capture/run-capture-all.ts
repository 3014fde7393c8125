import { CaptureAllRequestSchema, type CaptureAllProgress } from '@/lib/schema/list-page';
import { type CaptureAllJob, getCaptureAllJob, progressOf, setCaptureAllJob, updateCaptureAllJob } from '@/lib/services';

/**
 * "Capture all on this page": everyone listed, one at a time through the GitHub API, within its
 * budget. The job lives in the database: when the budget runs out it waits for the reset (an
 * alarm wakes the service worker), and a cancel takes effect after the person being read.
 */

/** What capturing one person came to; 'waiting' keeps them in the queue until `until`. */
export type PersonOutcome = { kind: 'captured' } | { kind: 'skipped' } | { kind: 'failed'; reason: string } | { kind: 'waiting'; until: string };

export interface CaptureAllDeps {
  capture(login: string): Promise<PersonOutcome>;
  /** Requests left in the core budget now, if known. */
  remainingBudget(): Promise<{ remaining?: number; resetAt?: string }>;
  /** Wake the job at this time (an alarm in the extension). */
  wakeAt(at: Date): void;
  /** Spacing between people, kind to GitHub's secondary limits. */
  pause(): Promise<void>;
}

/** One person read from the API costs 3 core requests (user, repositories, organizations). */
export const CORE_REQUESTS_PER_PERSON = 3;

export async function startCaptureAll(data: unknown, deps: CaptureAllDeps): Promise<CaptureAllProgress> {
  const request = CaptureAllRequestSchema.safeParse(data);
  if (!request.success) return { ...progressOf(await getCaptureAllJob()), message: 'That list could not be read.' };
  const logins = [...new Set(request.data.logins.map((login) => login.toLowerCase()))];
  const current = await getCaptureAllJob();
  const job: CaptureAllJob =
    current && isActive(current)
      ? { ...current, queue: [...current.queue, ...logins.filter((login) => !current.queue.includes(login))] }
      : { state: 'running', queue: logins, done: 0, failed: 0, total: logins.length, pageUrl: request.data.pageUrl };
  job.total = job.done + job.queue.length;
  await setCaptureAllJob(job);
  void runCaptureAll(deps);
  return progressOf(job);
}

export async function cancelCaptureAll(): Promise<CaptureAllProgress> {
  const job = await updateCaptureAllJob((current) =>
    isActive(current) ? { ...current, state: 'cancelled', message: `Cancelled: captured ${current.done} of ${current.total}.` } : undefined,
  );
  return progressOf(job);
}

function isActive(job: CaptureAllJob): boolean {
  return job.state === 'running' || job.state === 'waiting-for-budget';
}

let running: Promise<void> | undefined;

/** Runs the stored job until it is done, cancelled or waiting for the budget; one run at a time. */
export function runCaptureAll(deps: CaptureAllDeps): Promise<void> {
  running ??= loop(deps).finally(() => (running = undefined));
  return running;
}

async function loop(deps: CaptureAllDeps): Promise<void> {
  for (;;) {
    const job = await getCaptureAllJob();
    if (!job || !isActive(job)) return;
    const [login] = job.queue;
    if (!login) {
      await updateCaptureAllJob((current) => ({ ...current, state: 'done', message: `Captured ${current.done - current.failed} of ${current.total}${current.failed ? `, ${current.failed} failed` : ''}.` }));
      return;
    }
    const budget = await deps.remainingBudget();
    if (budget.remaining !== undefined && budget.remaining < CORE_REQUESTS_PER_PERSON && budget.resetAt) return waitForBudget(deps, budget.resetAt);
    if (job.state !== 'running') await updateCaptureAllJob((current) => (isActive(current) ? { ...current, state: 'running', message: undefined } : undefined));

    const outcome = await deps.capture(login);
    if (outcome.kind === 'waiting') return waitForBudget(deps, outcome.until);
    const next = await updateCaptureAllJob((current) =>
      isActive(current) && current.queue[0] === login
        ? { ...current, queue: current.queue.slice(1), done: current.done + 1, failed: current.failed + (outcome.kind === 'failed' ? 1 : 0) }
        : undefined,
    );
    if (!next || !isActive(next)) return;
    await deps.pause();
  }
}

async function waitForBudget(deps: CaptureAllDeps, until: string): Promise<void> {
  const at = new Date(until);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const job = await updateCaptureAllJob((current) =>
    isActive(current) ? { ...current, state: 'waiting-for-budget', message: `Waiting for the GitHub API budget until ${time}; a token in Options raises it.` } : undefined,
  );
  if (job && isActive(job)) deps.wakeAt(at);
}
