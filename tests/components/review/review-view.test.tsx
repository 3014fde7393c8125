// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as repo from '@/lib/services';
import { resetUiStore } from '@/lib/store/ui-store';
import { ReviewView } from '@/components/review/ReviewView';
import { pseudonym } from '@/lib/people/blind';
import { bandOf } from '@/lib/scoring/bands';
import { capture, importText, leave, P, reset } from '../../support/two-browsers';

const downloads = vi.hoisted(() => [] as { fileName: string; text: string }[]);
vi.mock('@/components/common/download', () => ({ downloadText: (fileName: string, text: string) => void downloads.push({ fileName, text }) }));

const SCRIPT = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';

beforeEach(async () => {
  await reset();
  resetUiStore();
  downloads.length = 0;
});
afterEach(cleanup);

/** A recruiter shares two people; this browser (the manager's) opens the file. */
async function received() {
  await repo.setAuthorName('Ana');
  await capture('ines');
  await capture('bo', 'Ruby');
  const list = await repo.createShortlist(P, `Round 1 ${SCRIPT}`);
  await repo.addToShortlist(list.id, ['github:ines', 'github:bo']);
  await repo.addNote('github:ines', `Shared: ${SCRIPT}`, { visibility: 'shared' });
  const { text } = await repo.exportShareFile(list.id);
  await leave();
  await importText(text);
  await repo.setAuthorName('Sam');
  return list;
}

describe('the review view', () => {
  it('says what to do when nothing was shared yet', async () => {
    render(<ReviewView />);
    expect(await screen.findByText('Nothing to review yet')).toBeTruthy();
  });

  it('shows each shared candidate with evidence and notes, takes a verdict, ratings and a comment, and sends them', async () => {
    const list = await received();
    render(<ReviewView />);
    const ines = await screen.findByRole('listitem', { name: 'Review of ines Example' });
    expect(await within(ines).findByText(`Shared: ${SCRIPT}`)).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img[onerror]')).toBeNull();
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    fireEvent.click(within(ines).getByLabelText('Advance'));
    await waitFor(async () => expect((await repo.getMyFeedback(list.id, 'github:ines'))?.verdict).toBe('advance'));
    const rating = within(ines).getAllByRole('combobox')[0]!;
    fireEvent.change(rating, { target: { value: '4' } });
    const comment = within(ines).getByLabelText('Comment on ines Example');
    fireEvent.change(comment, { target: { value: 'Meet her' } });
    fireEvent.blur(comment);
    await waitFor(async () => expect(await repo.getMyFeedback(list.id, 'github:ines')).toMatchObject({ verdict: 'advance', comment: 'Meet her', author: 'Sam', ratings: [{ rating: 4 }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({ format: 'talent-lens.feedback', exportedBy: 'Sam', feedback: [{ verdict: 'advance', comment: 'Meet her' }] });
    expect(await screen.findByTestId('feedback-status')).toBeTruthy();
  });

  it('shows each candidate’s score with its band and what the band means', async () => {
    await received();
    render(<ReviewView />);
    for (const [key, name] of [['github:ines', 'ines Example'], ['github:bo', 'bo Example']] as const) {
      const card = await screen.findByRole('listitem', { name: `Review of ${name}` });
      const band = bandOf((await repo.getScore(key, P))!.total);
      expect((await within(card).findByTestId('score-band')).textContent).toBe(`${band.label} ${band.meaning}`);
    }
  });

  it('in blind review, a hiring manager sees pseudonyms and no profile link', async () => {
    await received();
    await repo.setBlindReview(true);
    render(<ReviewView />);
    const card = await screen.findByRole('listitem', { name: `Review of ${pseudonym('github:ines')}` });
    const head = card.querySelector('header')!;
    expect(head.textContent).not.toMatch(/ines|Example/);
    expect(head.querySelector('a')).toBeNull();
    expect(head.textContent).toContain('Blind review: profile hidden');
    expect(within(card).getByLabelText(`Comment on ${pseudonym('github:ines')}`)).toBeTruthy();
  });
});
