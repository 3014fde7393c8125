// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CandidateView } from '@/components/candidate/CandidateView';
import * as repo from '@/lib/services';
import { pseudonym } from '@/lib/people/blind';
import { capture, reset, scorer } from '../../support/two-browsers';
import { makeProfile } from '../../scoring/profiles';
import { seedPosting } from '@/lib/scoring/seed-posting';

const seedPostingTitle = seedPosting.title;

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

  describe('contact', () => {
    const captureWithContact = () =>
      repo.saveCapture({
        profile: makeProfile({ login: 'ines', name: 'ines Example', email: 'ines@example.dev', website: 'https://ines.example.dev', socialLinks: [] }),
        scorePerson: scorer,
        url: 'https://github.com/ines',
      });

    it('shows the public email and website with where they came from, and copies one', async () => {
      await repo.ensureSeedPosting();
      await captureWithContact();
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
      render(<CandidateView candidateKey="github:ines" />);
      const items = await screen.findAllByTestId('contact-item');
      expect(items.map((item) => item.textContent)).toEqual([
        'Email ines@example.dev Copy · from the GitHub profile',
        'Website https://ines.example.dev Copy · from the GitHub profile',
      ]);
      fireEvent.click(screen.getByRole('button', { name: 'Copy ines@example.dev' }));
      await waitFor(() => expect(written).toEqual(['ines@example.dev']));
      expect(await screen.findByRole('button', { name: 'Copy ines@example.dev' })).toHaveProperty('textContent', 'Copied');
    });

    it('hides contact details in blind review', async () => {
      await repo.ensureSeedPosting();
      await captureWithContact();
      await repo.setBlindReview(true);
      render(<CandidateView candidateKey="github:ines" />);
      await heading();
      expect(screen.queryByTestId('contact')).toBeNull();
      expect(document.body.textContent).not.toContain('ines@example.dev');
    });
  });

  it('shows the person against every posting, best first, and makes one active when chosen', async () => {
    await repo.ensureSeedPosting();
    const frontend = await repo.savePosting({ ...repo.newPosting(new Date('2026-11-01T00:00:00Z')), title: 'Frontend', requirements: [{ id: 'ts', label: 'TypeScript', kind: 'must', weight: 5, skills: ['typescript'] }] });
    if (!frontend.ok) throw new Error(frontend.error);
    await repo.saveCapture({ profile: makeProfile({ login: 'ines', name: 'ines Example', pinned: [{ name: 'svc', owner: 'ines', url: 'https://github.com/ines/svc', language: 'Go', stars: 0, forks: 0, kind: 'repository' }] }), scorePerson: await repo.currentScorer(), url: 'https://github.com/ines' });
    render(<CandidateView candidateKey="github:ines" />);
    await waitFor(() => expect(screen.getAllByTestId('every-posting-row')).toHaveLength(2));
    const rows = screen.getAllByTestId('every-posting-row');
    const totals = rows.map((row) => Number(row.querySelector('.score-with-band__number')!.textContent));
    expect(totals[0]).toBeGreaterThan(totals[1]!);
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining(seedPostingTitle), expect.stringContaining('Frontend')]);

    fireEvent.click(screen.getByRole('button', { name: 'Frontend' }));
    await waitFor(async () => expect(await repo.getActivePostingId()).toBe(frontend.posting.id));
  });
});
