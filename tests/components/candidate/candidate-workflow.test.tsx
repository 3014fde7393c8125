// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as repo from '@/lib/services';
import { scorePerson } from '@/lib/scoring';
import { seedPosting } from '@/lib/scoring/seed-posting';
import type { Profile } from '@/lib/schema/profile';
import { resetUiStore, useUiStore } from '@/lib/store/ui-store';
import { CandidateWorkflow } from '@/components/candidate/CandidateWorkflow';
import { App } from '@/entrypoints/sidepanel/App';
import { apiRepo, makeProfile } from '../../scoring/profiles';
import { resetDatabase } from '../../support/database';

// The panel follows the browser's tabs; here it is opened on its own.
vi.mock('@/entrypoints/sidepanel/tab-tracking', () => ({ useTabTracking: () => undefined }));

/** Invented people, captured through the repo. */
const P = seedPosting.id;
const scorer = (profiles: readonly Profile[]) => scorePerson(profiles, [seedPosting]);
const capture = (login: string, fields: Parameters<typeof makeProfile>[0] = {}) =>
  repo.saveCapture({ profile: makeProfile({ login, ...fields }), scorePerson: scorer, url: `https://github.com/${login}` });

beforeEach(async () => {
  await resetDatabase();
  await repo.ensureSeedPosting();
  resetUiStore();
});
afterEach(cleanup);

describe('candidate workflow: status, tags and shortlist under the score', () => {
  it('sets the stage for the active posting', async () => {
    await capture('ines', { name: 'Ines Araújo' });
    render(<CandidateWorkflow candidateKey="github:ines" posting={seedPosting} />);
    const status = (await screen.findByLabelText('Status')) as HTMLSelectElement;
    expect(status.value).toBe('new');
    fireEvent.change(status, { target: { value: 'contacted' } });
    await waitFor(async () => expect(await repo.getStatus('github:ines', P)).toBe('contacted'));
    await waitFor(() => expect(status.value).toBe('contacted'));
  });

  it('shows a stage no longer in the list for the person still in it', async () => {
    await capture('ines');
    await repo.setStatus(['github:ines'], P, 'on hold');
    render(<CandidateWorkflow candidateKey="github:ines" posting={seedPosting} />);
    const status = (await screen.findByLabelText('Status')) as HTMLSelectElement;
    await waitFor(() => expect(status.value).toBe('on hold'));
    expect([...status.options].map((option) => option.value)).toEqual([...(await repo.getStatuses()), 'on hold']);
  });

  it('adds tags with Enter and removes them', async () => {
    await capture('ines');
    render(<CandidateWorkflow candidateKey="github:ines" posting={seedPosting} />);
    const input = await screen.findByLabelText('Add a tag');
    fireEvent.change(input, { target: { value: ' referral ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'remote only' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect(await repo.getTags('github:ines')).toEqual(['referral', 'remote only']));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove tag referral' }));
    await waitFor(async () => expect(await repo.getTags('github:ines')).toEqual(['remote only']));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove tag referral' })).toBeNull());
  });

  it('adds to the shortlist (making one if the posting has none), says where they are, and removes', async () => {
    await capture('ines');
    await capture('bo');
    const first = await repo.createShortlist(P, 'Round 1');
    await repo.addToShortlist(first.id, ['github:bo']);
    render(<CandidateWorkflow candidateKey="github:ines" posting={seedPosting} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add to shortlist “Round 1”' }));
    await waitFor(async () => expect((await repo.getShortlist(first.id))!.candidateKeys).toEqual(['github:bo', 'github:ines']));
    expect(await screen.findByText('On “Round 1” (#2)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove from “Round 1”' }));
    await waitFor(async () => expect((await repo.getShortlist(first.id))!.candidateKeys).toEqual(['github:bo']));
  });

  it('creates "Shortlist" when the posting has none', async () => {
    await capture('ines');
    render(<CandidateWorkflow candidateKey="github:ines" posting={seedPosting} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add to shortlist' }));
    await waitFor(async () => expect((await repo.listShortlists(P)).map((list) => [list.name, list.candidateKeys])).toEqual([['Shortlist', ['github:ines']]]));
  });
});

describe('side panel: the Matches tab', () => {
  const isList = (element: HTMLElement) => element.classList.contains('matches__scroll');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return isList(this) ? 560 : 0;
      },
    });
  });
  afterAll(() => {
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });

  it('replaces Ranked: opens a candidate with Enter, shows the workflow, and goes back to the same row', async () => {
    await capture('ines', { name: 'Ines Araújo', repositories: [apiRepo('ines', 'sched', { language: 'Go', topics: ['kubernetes'] })] });
    await capture('bo', { name: 'Bo Chen' });
    render(<App />);
    expect(screen.queryByRole('button', { name: 'Ranked' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Matches' }));
    await waitFor(() => expect(screen.getAllByTestId('ranked-row')).toHaveLength(2));
    const list = screen.getByRole('listbox', { name: 'Candidates' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    const second = useUiStore.getState().openedCandidateKey!;
    expect(second).toMatch(/^github:/);
    expect(await screen.findByTestId('candidate-workflow')).toBeTruthy();
    expect(within(screen.getByTestId('candidate')).getByLabelText('Status')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '← Back to matches' }));
    await waitFor(() => expect(screen.getAllByTestId('ranked-row')).toHaveLength(2));
    const back = screen.getByRole('listbox', { name: 'Candidates' });
    expect(back.getAttribute('aria-activedescendant')).toBe(screen.getAllByTestId('ranked-row')[1]!.id);
    expect(screen.getAllByTestId('ranked-row')[1]!.dataset.key).toBe(second);
    await waitFor(() => expect(document.activeElement).toBe(back));
  });
});
