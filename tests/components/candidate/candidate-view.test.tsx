// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CandidateView } from '@/components/candidate/CandidateView';
import * as repo from '@/lib/services';
import { pseudonym } from '@/lib/people/blind';
import { capture, reset } from '../../support/two-browsers';

beforeEach(reset);
afterEach(cleanup);

const heading = () => screen.findByTestId('candidate-name');

describe('candidate view and blind review', () => {
  it('shows the name and profile link when blind review is off', async () => {
    await capture('ines');
    render(<CandidateView candidateKey="github:ines" />);
    await waitFor(async () => expect((await heading()).textContent).toBe('ines Example'));
    expect(document.querySelector('a[href="https://github.com/ines"]')).not.toBeNull();
    expect(screen.getByTestId('linked-profiles')).toBeTruthy();
  });

  it('hides name, handle and profile links in blind review until the recruiter asks to see them', async () => {
    await capture('ines');
    await repo.setBlindReview(true);
    render(<CandidateView candidateKey="github:ines" />);
    expect((await heading()).textContent).toBe(pseudonym('github:ines'));
    expect(screen.getByTestId('blind-note').textContent).toContain('name, handle and profile links hidden');
    expect(document.querySelector('a[href="https://github.com/ines"]')).toBeNull();
    expect(screen.queryByTestId('linked-profiles')).toBeNull();
    expect(document.querySelector('.candidate__header')?.textContent).not.toMatch(/ines Example|@ines/);

    fireEvent.click(screen.getByRole('button', { name: 'Show who this is' }));
    await waitFor(async () => expect((await heading()).textContent).toBe('ines Example'));
    expect(document.querySelector('a[href="https://github.com/ines"]')).not.toBeNull();
  });

  it('Forget this person asks first; Cancel keeps them, Erase removes them and the view says so', async () => {
    await capture('ines');
    await repo.addNote('github:ines', 'Talked on Monday');
    render(<CandidateView candidateKey="github:ines" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget this person' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Erase all data about ines Example: profiles, notes, feedback/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await repo.getCandidate('github:ines')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Forget this person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase' }));
    expect(await screen.findByText('Nobody is kept under this profile')).toBeTruthy();
    expect(await repo.getCandidate('github:ines')).toBeUndefined();
    expect(await repo.listNotes('github:ines')).toEqual([]);
  });
});
