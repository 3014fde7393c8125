import { beforeEach, describe, expect, it } from 'vitest';
import { runPanelCommand } from '@/components/hooks/use-panel-commands';
import * as repo from '@/lib/services';
import { resetUiStore, useUiStore } from '@/lib/store/ui-store';
import { capture, reset } from '../../support/two-browsers';

beforeEach(async () => {
  await reset();
  resetUiStore();
  for (const login of ['ana', 'ben', 'cem']) await capture(login);
});

describe('panel keyboard commands', () => {
  it('next and previous open the neighbours in the matches list’s order', async () => {
    useUiStore.getState().setMatchOrder(['github:cem', 'github:ana', 'github:ben']);
    useUiStore.getState().openCandidate('github:ana');
    await runPanelCommand('next-candidate');
    expect(useUiStore.getState().openedCandidateKey).toBe('github:ben');
    await runPanelCommand('previous-candidate');
    await runPanelCommand('previous-candidate');
    expect(useUiStore.getState().openedCandidateKey).toBe('github:cem');
    expect(useUiStore.getState().view).toBe('profile');
  });

  it('before the matches list was shown, next opens the best match of the active posting', async () => {
    await runPanelCommand('next-candidate');
    const best = (await repo.loadTopMatchRows(await repo.getActivePostingId(), 1))[0]!;
    expect(useUiStore.getState().openedCandidateKey).toBe(best.candidateKey);
  });

  it('shortlist adds the person in view to the active posting’s shortlist', async () => {
    useUiStore.getState().openCandidate('github:ben');
    await runPanelCommand('shortlist-person');
    const lists = await repo.listShortlists(await repo.getActivePostingId());
    expect(lists.flatMap((list) => list.candidateKeys)).toEqual(['github:ben']);
  });
});
