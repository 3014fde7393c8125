// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as repo from '@/lib/services';
import { scorePerson } from '@/lib/scoring';
import { seedPosting } from '@/lib/scoring/seed-posting';
import type { Profile, StackOverflowProfile } from '@/lib/schema/profile';
import { resetUiStore, useUiStore } from '@/lib/store/ui-store';
import { MatchesView } from '@/components/matches/MatchesView';
import { pseudonym } from '@/lib/people/blind';
import { BANDS, bandOf } from '@/lib/scoring/bands';
import { apiRepo, makeProfile } from '../../scoring/profiles';
import { resetDatabase } from '../../support/database';

vi.mock('@/lib/services/workflow/pipeline', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/services/workflow/pipeline')>();
  return { ...actual, setStatus: vi.fn(actual.setStatus), addTags: vi.fn(actual.addTags), removeTag: vi.fn(actual.removeTag) };
});
/** Holds the full list's read back while it is set: the panel then shows the best rows only. */
const fullRead = vi.hoisted(() => ({ held: undefined as Promise<void> | undefined }));
vi.mock('@/lib/services/workflow/matches', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/services/workflow/matches')>();
  const loadMatchRowsInPages: typeof actual.loadMatchRowsInPages = async (...args) => {
    await fullRead.held;
    return actual.loadMatchRowsInPages(...args);
  };
  return { ...actual, loadMatchRowsInPages };
});
const downloads = vi.hoisted(() => [] as { fileName: string; text: string; type: string }[]);
vi.mock('@/components/common/download', () => ({
  downloadText: (fileName: string, text: string, type: string) => void downloads.push({ fileName, text, type }),
}));

/** Invented people: a strong Go candidate, three weaker ones, and a Stack Overflow profile. */
const P = seedPosting.id;
const scorer = (profiles: readonly Profile[]) => scorePerson(profiles, [seedPosting]);
const capture = (profile: Profile, day: number) =>
  repo.saveCapture({ profile, scorePerson: scorer, url: profile.url, now: new Date(`2026-11-${String(day).padStart(2, '0')}T10:00:00Z`) });
const goRepos = (login: string) => [
  apiRepo(login, 'scheduler', { language: 'Go', topics: ['kubernetes'], description: 'A concurrent job scheduler', stars: 300 }),
  apiRepo(login, 'proxy', { language: 'Go', description: 'Reverse proxy with goroutine pools', stars: 120 }),
  apiRepo(login, 'kube-lease', { language: 'Go', topics: ['kubernetes', 'linux'], stars: 40 }),
];
const stackOverflow: StackOverflowProfile = {
  site: 'stackoverflow',
  login: '4242',
  url: 'https://stackoverflow.com/users/4242/dana',
  name: 'Dana Sousa',
  tags: [],
  about: 'I answer questions about Ruby on Rails.',
  socialLinks: [],
  capturedAt: '2026-11-04T10:00:00.000Z',
};

async function seed(): Promise<void> {
  await capture(makeProfile({ login: 'ines', name: 'Ines Araújo', bio: 'Go services on Kubernetes', repositories: goRepos('ines') }), 1);
  await capture(makeProfile({ login: 'bo', name: 'Bo Chen', bio: 'React and design systems', repositories: [apiRepo('bo', 'ui', { language: 'TypeScript' })] }), 2);
  await capture(makeProfile({ login: 'carla', bio: 'Rust and embedded', repositories: [apiRepo('carla', 'fw', { language: 'Rust' })] }), 3);
  await capture(stackOverflow, 4);
}

const rows = () => screen.queryAllByTestId('ranked-row');
const rowTexts = () => rows().map((row) => row.textContent ?? '');
const rowKeys = () => rows().map((row) => row.dataset.key);
const count = () => screen.getByTestId('matches-count').textContent;
const listbox = () => screen.getByRole('listbox', { name: 'Candidates' });
const key = (name: string, options: KeyboardEventInit = {}) => fireEvent.keyDown(listbox(), { key: name, ...options });

async function renderMatches(expectedRows = 4): Promise<void> {
  render(<MatchesView />);
  await waitFor(() => expect(rows()).toHaveLength(expectedRows));
  // The best rows show first; wait until everyone is loaded.
  await waitFor(() => expect(screen.queryByText(/loading everyone/)).toBeNull());
}

// happy-dom has no layout: give the list's scroll box a height (and its content's height as the
// scroll height) so the virtualizer renders rows and can scroll.
const isList = (element: HTMLElement) => element.classList.contains('matches__scroll');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isList(this) ? 560 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isList(this) ? Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0 : 0;
    },
  });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
});

beforeEach(async () => {
  await resetDatabase();
  await repo.ensureSeedPosting();
  resetUiStore();
  downloads.length = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('matches view: the list', () => {
  it('lists everyone captured, best match first, as options of a listbox, with the count', async () => {
    await seed();
    await renderMatches();
    const ranked = (await repo.loadMatchRows(P)).sort((a, b) => (b.total ?? -1) - (a.total ?? -1));
    expect(rowKeys()).toEqual(ranked.map((row) => row.candidateKey));
    expect(rowKeys()[0]).toBe('github:ines');
    expect(rowTexts()[0]).toContain('Ines Araújo');
    expect(rowTexts()[0]).toContain('@ines on GitHub');
    expect(rowTexts().find((text) => text.includes('Dana Sousa'))).toContain('#4242 on Stack Overflow');
    expect(rows()[0]!.getAttribute('role')).toBe('option');
    expect(count()).toBe('4 of 4 candidates');
    // the weaker people miss a must-have and are marked
    expect(within(rows()[3]!).getByLabelText('Must-haves missing')).toBeTruthy();
    expect(within(rows()[0]!).queryByLabelText('Must-haves missing')).toBeNull();
  });

  it('shows each score with its band beside it, the same band as the total’s', async () => {
    await seed();
    await renderMatches();
    const totals = new Map((await repo.loadMatchRows(P)).map((row) => [row.candidateKey, row.total]));
    for (const row of rows()) {
      const total = totals.get(row.dataset.key!)!;
      const score = row.querySelector('.match-row__score')!;
      expect(score.textContent).toBe(`${total} ${bandOf(total).label}`);
      expect(within(row).getByText(bandOf(total).label).className).toBe(`band band--${bandOf(total).id}`);
    }
  });

  it('says how to start when no one is captured', async () => {
    render(<MatchesView />);
    expect(await screen.findByText('Open a developer profile to start')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('renders only the rows in view: 300 candidates stay a few dozen elements, End scrolls to the last', async () => {
    for (let i = 0; i < 300; i++) await capture(makeProfile({ login: `person-${String(i).padStart(3, '0')}` }), 1 + (i % 28));
    render(<MatchesView />);
    await waitFor(() => expect(count()).toBe('300 of 300 candidates'));
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(40);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    key('End');
    await waitFor(() => expect(listbox().getAttribute('aria-activedescendant')).toMatch(/-row-299$/));
    // happy-dom moves scrollTop but sends no scroll event: send it, as a browser would.
    await waitFor(() => {
      expect(listbox().scrollTop).toBeGreaterThan(0);
      fireEvent.scroll(listbox());
      expect(rowTexts().some((text) => text.includes('person-299'))).toBe(true);
    });
    expect(rowTexts().some((text) => text.includes('person-000'))).toBe(false);
  }, 30_000);
});

describe('matches view: filters', () => {
  it('while everyone loads, filters the best rows shown and says the count is of those', async () => {
    await seed();
    let release!: () => void;
    fullRead.held = new Promise((resolve) => (release = resolve));
    try {
      render(<MatchesView />);
      await waitFor(() => expect(rows()).toHaveLength(4));
      expect(count()).toBe('Best 4 shown; loading everyone…');
      fireEvent.change(screen.getByLabelText('Search name, login, headline and notes'), { target: { value: 'Ines' } });
      await waitFor(() => expect(rowKeys()).toEqual(['github:ines']));
      expect(count()).toBe('1 of the best 4 match the filters; loading everyone…');
    } finally {
      release();
      fullRead.held = undefined;
    }
    await waitFor(() => expect(count()).toBe('1 of 4 candidates'));
  });

  it('narrow the list and the count line says so; Clear filters brings everyone back', async () => {
    await seed();
    await repo.addNote('github:bo', 'Prefers remote work');
    await repo.addTags(['github:carla', 'github:bo'], ['referral']);
    await repo.setStatus(['github:carla'], P, 'contacted');
    await renderMatches();
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));

    // The minimum score is chosen by band: every band's minimum but the lowest (which is "Any").
    const minimum = screen.getByLabelText('Minimum score') as HTMLSelectElement;
    expect([...minimum.options].map((option) => option.value)).toEqual(['', ...BANDS.filter((band) => band.min > 0).map((band) => String(band.min))]);
    expect(minimum.options[1]!.textContent).toBe(`${BANDS[0]!.label} (${BANDS[0]!.min}+)`);
    const inesBand = bandOf((await repo.getScore('github:ines', P))!.total);
    const passing = (await repo.loadMatchRows(P)).filter((row) => (row.total ?? -1) >= inesBand.min).map((row) => row.candidateKey);
    fireEvent.change(minimum, { target: { value: String(inesBand.min) } });
    await waitFor(() => expect(count()).toBe(`${passing.length} of 4 candidates`));
    expect(new Set(rowKeys())).toEqual(new Set(passing));
    expect(rowKeys()).toContain('github:ines');
    expect(passing.length).toBeLessThan(4);
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Minimum score'), { target: { value: '' } });
    await waitFor(() => expect(count()).toBe('4 of 4 candidates'));

    fireEvent.click(screen.getByLabelText('All must-haves met'));
    await waitFor(() => expect(rowKeys()).toEqual(['github:ines']));
    fireEvent.click(screen.getByLabelText('All must-haves met'));

    fireEvent.click(screen.getByLabelText('Has notes'));
    await waitFor(() => expect(rowKeys()).toEqual(['github:bo']));
    fireEvent.click(screen.getByLabelText('Has notes'));

    fireEvent.click(screen.getByLabelText('Stack Overflow'));
    await waitFor(() => expect(count()).toBe('1 of 4 candidates'));
    expect(rowTexts()[0]).toContain('Dana Sousa');
    fireEvent.click(screen.getByLabelText('Stack Overflow'));

    const filters = within(screen.getByRole('group', { name: 'Filters' }));
    fireEvent.click(filters.getByLabelText('contacted'));
    await waitFor(() => expect(rowKeys()).toEqual(['github:carla']));
    fireEvent.click(filters.getByLabelText('contacted'));

    fireEvent.click(filters.getByLabelText('referral'));
    await waitFor(() => expect(count()).toBe('2 of 4 candidates'));
    expect(new Set(rowKeys())).toEqual(new Set(['github:bo', 'github:carla']));

    fireEvent.change(screen.getByLabelText('Captured from'), { target: { value: '2026-11-03' } });
    await waitFor(() => expect(rowKeys()).toEqual(['github:carla']));

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(count()).toBe('4 of 4 candidates'));
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('text search matches name, login and headline at once, and a note’s words after a short pause', async () => {
    await seed();
    await repo.addNote('github:carla', 'Met her at the Berlin Rust meetup, open to relocation');
    await renderMatches();
    const search = screen.getByLabelText('Search name, login, headline and notes');

    fireEvent.change(search, { target: { value: 'CHEN' } });
    await waitFor(() => expect(rowKeys()).toEqual(['github:bo']));
    expect(count()).toBe('1 of 4 candidates');

    fireEvent.change(search, { target: { value: 'kubernetes' } });
    await waitFor(() => expect(rowKeys()).toEqual(['github:ines']));

    fireEvent.change(search, { target: { value: 'berlin rust' } });
    await waitFor(() => expect(rowKeys()).toEqual(['github:carla']));
    expect(count()).toBe('1 of 4 candidates');
  });

  it('a note written while its words are searched for brings its candidate in', async () => {
    await seed();
    await renderMatches();
    fireEvent.change(screen.getByLabelText('Search name, login, headline and notes'), { target: { value: 'gophercon' } });
    await waitFor(() => expect(count()).toBe('0 of 4 candidates'));
    await repo.addNote('github:bo', 'Met at GopherCon');
    await waitFor(() => expect(rowKeys()).toEqual(['github:bo']));
  });

  it('shows the empty state when nothing matches, with a way out', async () => {
    await seed();
    await renderMatches();
    fireEvent.change(screen.getByLabelText('Search name, login, headline and notes'), { target: { value: 'nobody-like-this' } });
    expect(await screen.findByText(/No candidates match these filters/)).toBeTruthy();
    await waitFor(() => expect(count()).toBe('0 of 4 candidates'));
    const empty = screen.getByText(/No candidates match these filters/);
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
  });

  it('sorts by name, and by capture date newest first', async () => {
    await seed();
    await renderMatches();
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    await waitFor(() => expect(rowKeys()).toEqual(['github:bo', 'github:carla', 'stackoverflow:4242', 'github:ines']));
    expect(rowTexts().map((text) => text.match(/^\d+/)?.[0])).toEqual(['1', '2', '3', '4']);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'captured' } });
    await waitFor(() => expect(rowKeys()).toEqual(['stackoverflow:4242', 'github:carla', 'github:bo', 'github:ines']));
  });

  it('keeps a removed stage that is still in use among the status choices', async () => {
    await seed();
    await repo.setStatus(['github:bo'], P, 'on hold');
    await renderMatches();
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const filters = within(screen.getByRole('group', { name: 'Filters' }));
    fireEvent.click(await filters.findByLabelText('on hold'));
    await waitFor(() => expect(rowKeys()).toEqual(['github:bo']));
    expect(rowTexts()[0]).toContain('on hold');
  });
});

describe('matches view: keyboard', () => {
  it('down, down, Enter opens the third candidate', async () => {
    await seed();
    await renderMatches();
    const third = rowKeys()[2];
    listbox().focus();
    expect(listbox().getAttribute('aria-activedescendant')).toBe(rows()[0]!.id);
    key('ArrowDown');
    key('ArrowDown');
    await waitFor(() => expect(listbox().getAttribute('aria-activedescendant')).toBe(rows()[2]!.id));
    key('Enter');
    expect(useUiStore.getState().openedCandidateKey).toBe(third);
    expect(useUiStore.getState().view).toBe('profile');
  });

  it('Home and End jump, ArrowUp stops at the top', async () => {
    await seed();
    await renderMatches();
    key('End');
    await waitFor(() => expect(listbox().getAttribute('aria-activedescendant')).toBe(rows()[3]!.id));
    key('Home');
    key('ArrowUp');
    await waitFor(() => expect(listbox().getAttribute('aria-activedescendant')).toBe(rows()[0]!.id));
  });

  it('a click on a row opens that candidate', async () => {
    await seed();
    await renderMatches();
    fireEvent.click(screen.getByText('Bo Chen'));
    expect(useUiStore.getState().openedCandidateKey).toBe('github:bo');
  });
});

describe('matches view: selection and bulk actions', () => {
  it('Space selects; bulk "set status" changes every selected row and nothing else, in one call', async () => {
    await seed();
    await renderMatches();
    const [first, second, third, fourth] = rowKeys() as string[];
    key(' ');
    key('ArrowDown');
    key('ArrowDown');
    key(' ');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Bulk actions' }).textContent).toContain('2 selected'));
    expect(rows()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(rows()[1]!.getAttribute('aria-selected')).toBe('false');

    vi.mocked(repo.setStatus).mockClear();
    fireEvent.change(screen.getByLabelText('Set status of selected'), { target: { value: 'interviewing' } });
    await waitFor(async () => expect(await repo.getStatus(first!, P)).toBe('interviewing'));
    expect(await repo.getStatus(third!, P)).toBe('interviewing');
    expect(await repo.getStatus(second!, P)).toBe('new');
    expect(await repo.getStatus(fourth!, P)).toBe('new');
    await waitFor(() => expect(rowTexts()[0]).toContain('interviewing'));
    expect(rowTexts()[1]).not.toContain('interviewing');
    expect(repo.setStatus).toHaveBeenCalledTimes(1);
    expect(vi.mocked(repo.setStatus).mock.calls[0]!.slice(0, 3)).toEqual([[first, third], P, 'interviewing']);
  });

  it('adds and removes a tag on the selection, selects all filtered, clears the selection', async () => {
    await seed();
    vi.mocked(repo.addTags).mockClear();
    await renderMatches();
    fireEvent.click(screen.getByLabelText('Select Bo Chen'));
    fireEvent.click(screen.getByLabelText('Select carla'));
    const bar = () => within(screen.getByRole('region', { name: 'Bulk actions' }));
    fireEvent.change(bar().getByLabelText('Tag to add to selected'), { target: { value: ' referral ' } });
    fireEvent.click(bar().getByRole('button', { name: 'Add tag' }));
    await waitFor(async () => expect(await repo.getTags('github:bo')).toEqual(['referral']));
    expect(await repo.getTags('github:carla')).toEqual(['referral']);
    expect(repo.addTags).toHaveBeenCalledTimes(1);
    expect(await repo.getTags('github:ines')).toEqual([]);

    fireEvent.change(await bar().findByLabelText('Remove tag from selected'), { target: { value: 'referral' } });
    await waitFor(async () => expect(await repo.getTags('github:bo')).toEqual([]));
    expect(await repo.getTags('github:carla')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Search name, login, headline and notes'), { target: { value: 'a' } });
    await waitFor(() => expect(bar().getByRole('button', { name: /^Select all \d filtered$/ })).toBeTruthy());
    const filtered = rowKeys();
    fireEvent.click(bar().getByRole('button', { name: /^Select all \d filtered$/ }));
    expect(new Set(useUiStore.getState().selectedKeys)).toEqual(new Set(filtered));
    fireEvent.click(bar().getByRole('button', { name: 'Clear selection' }));
    expect(useUiStore.getState().selectedKeys.size).toBe(0);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();
  });

  it('Shift-click on a checkbox selects the range from the last one ticked', async () => {
    await seed();
    await renderMatches();
    const checks = rows().map((row) => within(row).getByRole('checkbox'));
    fireEvent.click(checks[0]!);
    fireEvent.click(checks[2]!, { shiftKey: true });
    expect(new Set(useUiStore.getState().selectedKeys)).toEqual(new Set(rowKeys().slice(0, 3)));
  });
});

describe('matches view: shortlists', () => {
  it('`s` adds the focused candidate to the active shortlist, creating "Shortlist" when there is none; then the selection', async () => {
    await seed();
    await renderMatches();
    const [first, second, third] = rowKeys() as string[];
    key('s');
    await waitFor(async () => expect((await repo.listShortlists(P)).map((list) => [list.name, list.candidateKeys])).toEqual([['Shortlist', [first]]]));
    expect(await screen.findByText(/Added 1 candidate to “Shortlist”/)).toBeTruthy();
    await waitFor(() => expect(within(rows()[0]!).getByRole('button', { name: /is on the shortlist/ })).toBeTruthy());

    key('ArrowDown');
    key('ArrowDown');
    key(' ');
    key('ArrowUp');
    key(' ');
    key('s');
    await waitFor(async () => expect((await repo.listShortlists(P))[0]!.candidateKeys).toEqual([first, third, second]));
    expect(await repo.listShortlists(P)).toHaveLength(1);
  });

  it('the ☆ on a row adds that candidate', async () => {
    await seed();
    await renderMatches();
    fireEvent.click(screen.getByRole('button', { name: 'Add Bo Chen to the shortlist' }));
    await waitFor(async () => expect((await repo.listShortlists(P))[0]?.candidateKeys).toEqual(['github:bo']));
    expect(useUiStore.getState().openedCandidateKey).toBeNull();
  });

  it('moves a member with the buttons and with Alt+Arrow, removes one, and lists them in order', async () => {
    await seed();
    const list = await repo.createShortlist(P, 'Round 1');
    await repo.addToShortlist(list.id, ['github:ines', 'github:bo', 'github:carla']);
    await renderMatches();
    fireEvent.click(await screen.findByRole('button', { name: 'Show members (3)' }));
    const members = () => screen.getAllByTestId('shortlist-member').map((item) => item.textContent ?? '');
    expect(members().map((text) => text.match(/^\d(\D+?)(@|$)/)?.[1])).toEqual(['Ines Araújo', 'Bo Chen', 'carla']);
    const inesTotal = (await repo.getScore('github:ines', P))!.total;
    expect(screen.getAllByTestId('shortlist-member')[0]!.querySelector('.shortlist-member__score')?.textContent).toBe(`${inesTotal} ${bandOf(inesTotal).label}`);

    fireEvent.click(screen.getByRole('button', { name: 'Move Ines Araújo down' }));
    await waitFor(async () => expect((await repo.getShortlist(list.id))!.candidateKeys).toEqual(['github:bo', 'github:ines', 'github:carla']));
    await waitFor(() => expect(members()[0]).toContain('Bo Chen'));

    const carla = screen.getAllByTestId('shortlist-member')[2]!;
    carla.focus();
    fireEvent.keyDown(carla, { key: 'ArrowUp', altKey: true });
    await waitFor(async () => expect((await repo.getShortlist(list.id))!.candidateKeys).toEqual(['github:bo', 'github:carla', 'github:ines']));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('carla'));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Bo Chen from Round 1' }));
    await waitFor(async () => expect((await repo.getShortlist(list.id))!.candidateKeys).toEqual(['github:carla', 'github:ines']));
  });

  it('creates, chooses, renames and deletes (after a confirm) shortlists', async () => {
    await seed();
    await renderMatches();
    fireEvent.click(await screen.findByRole('button', { name: 'New list' }));
    fireEvent.change(screen.getByLabelText('Shortlist name'), { target: { value: 'Go backend – round 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(async () => expect((await repo.listShortlists(P)).map((list) => list.name)).toEqual(['Go backend – round 1']));

    fireEvent.click(screen.getByRole('button', { name: 'New list' }));
    fireEvent.change(screen.getByLabelText('Shortlist name'), { target: { value: 'Later' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect((screen.getByLabelText('Active shortlist') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Later (0)'));
    key('s');
    const sizes = async () => Object.fromEntries((await repo.listShortlists(P)).map((list) => [list.name, list.candidateKeys.length]));
    await waitFor(async () => expect(await sizes()).toEqual({ 'Go backend – round 1': 0, Later: 1 }));

    const first = (await repo.listShortlists(P)).find((list) => list.name === 'Go backend – round 1');
    fireEvent.change(screen.getByLabelText('Active shortlist'), { target: { value: first!.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByLabelText('Shortlist name'), { target: { value: 'Round 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect((await repo.getShortlist(first!.id))!.name).toBe('Round 1'));

    const confirm = vi.fn<(message?: string) => boolean>().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await repo.getShortlist(first!.id)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await repo.listShortlists(P)).map((list) => list.name)).toEqual(['Later']));
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});

describe('matches view: pipeline stages', () => {
  it('edits the stage list: rename, add, reorder, remove, saved with setStatuses', async () => {
    await seed();
    await repo.setStatus(['github:bo'], P, 'hired');
    await renderMatches();
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit stages' }));
    const editor = within(screen.getByRole('group', { name: 'Edit stages' }));
    fireEvent.change(editor.getByLabelText('Stage 3'), { target: { value: 'reached out' } });
    fireEvent.change(editor.getByLabelText('New stage'), { target: { value: 'offer' } });
    fireEvent.click(editor.getByRole('button', { name: 'Add stage' }));
    fireEvent.click(editor.getByRole('button', { name: 'Move offer up' }));
    fireEvent.click(editor.getByRole('button', { name: 'Move offer up' }));
    fireEvent.click(editor.getByRole('button', { name: 'Remove stage hired' }));
    fireEvent.click(editor.getByRole('button', { name: 'Save stages' }));
    await waitFor(async () =>
      expect(await repo.getStatuses()).toEqual(['new', 'shortlisted', 'reached out', 'replied', 'interviewing', 'offer', 'rejected']),
    );
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Edit stages' })).toBeNull());
    // "hired" is gone from the list but Bo is still in it, so it still shows, as a choice and on his row.
    const filters = within(screen.getByRole('group', { name: 'Filters' }));
    expect(await filters.findByLabelText('reached out')).toBeTruthy();
    expect(filters.getByLabelText('hired')).toBeTruthy();
    expect(filters.queryByLabelText('contacted')).toBeNull();
    expect(rowTexts().find((text) => text.includes('Bo Chen'))).toContain('hired');
    fireEvent.click(screen.getByLabelText('Select Bo Chen'));
    const setStatus = screen.getByLabelText('Set status of selected') as HTMLSelectElement;
    expect([...setStatus.options].map((option) => option.value)).toContain('reached out');
  });
});

describe('matches view: export', () => {
  it('exports the filtered list, in its order, and a shortlist', async () => {
    await seed();
    const list = await repo.createShortlist(P, 'Round 1');
    await repo.addToShortlist(list.id, ['github:carla', 'github:ines']);
    await renderMatches();
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'name' } });
    await waitFor(() => expect(rowKeys()[0]).toBe('github:bo'));
    const toolbar = within(screen.getByRole('group', { name: 'Export the filtered list' }));
    fireEvent.click(toolbar.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toMatch(/^talent-lens_.+\.csv$/);
    const csv = downloads[0]!.text;
    const order = ['Bo Chen', 'carla', 'Dana Sousa', 'Ines Araújo'].map((name) => csv.indexOf(name));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    fireEvent.click(screen.getByRole('button', { name: 'Show members (2)' }));
    const shortlist = within(screen.getByRole('group', { name: 'Export Round 1' }));
    fireEvent.click(shortlist.getByRole('button', { name: 'JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const bundle = JSON.parse(downloads[1]!.text);
    expect(bundle.title).toBe('Round 1');
    expect(bundle.candidates.map((entry: { candidate: { key: string } }) => entry.candidate.key)).toEqual(['github:carla', 'github:ines']);
    expect(downloads[1]!.fileName).toMatch(/^talent-lens_round-1_\d{4}-\d{2}-\d{2}\.json$/);

    fireEvent.click(shortlist.getByLabelText('Blind'));
    fireEvent.click(shortlist.getByRole('button', { name: 'HTML' }));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads[2]!.type).toMatch(/^text\/html/);
    expect(downloads[2]!.text).toContain(pseudonym('github:ines'));
    expect(downloads[2]!.text).not.toContain('Ines Araújo');
  });
});

describe('matches view: blind review', () => {
  it('the toolbar switch hides names and handles in the list, the shortlist and every CSV/HTML export, and comes back off', async () => {
    await seed();
    await repo.addToShortlist((await repo.createShortlist(P, 'Round 1')).id, ['github:ines']);
    await renderMatches();
    expect(rowTexts().join(' ')).toContain('Ines Araújo');

    fireEvent.click(screen.getByLabelText('Blind review'));
    await waitFor(() => expect(rowTexts()[0]).toContain(pseudonym('github:ines')));
    const everything = rowTexts().join(' ');
    for (const who of ['Ines Araújo', 'Bo Chen', 'Dana Sousa', '@ines', '@carla', '#4242']) expect(everything).not.toContain(who);
    expect(rowTexts()[0]).toContain('on GitHub');
    expect(await repo.getBlindReview()).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Show members (1)' }));
    const member = await screen.findByTestId('shortlist-member');
    expect(member.textContent).toContain(pseudonym('github:ines'));
    expect(member.textContent).not.toMatch(/Ines|@ines/);

    const filtered = within(screen.getByRole('group', { name: 'Export the filtered list' }));
    expect(filtered.getByLabelText<HTMLInputElement>('Blind')).toMatchObject({ checked: true, disabled: true });
    fireEvent.click(filtered.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await waitFor(() => expect(filtered.getByRole<HTMLButtonElement>('button', { name: 'HTML' }).disabled).toBe(false));
    fireEvent.click(filtered.getByRole('button', { name: 'HTML' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    for (const { text } of downloads) {
      expect(text).toContain(pseudonym('github:ines'));
      expect(text).not.toMatch(/Ines Araújo|Bo Chen|Dana Sousa|github\.com\/ines"|stackoverflow\.com\/users/);
    }

    fireEvent.click(screen.getByLabelText('Blind review'));
    await waitFor(() => expect(rowTexts().join(' ')).toContain('Ines Araújo'));
    expect(await repo.getBlindReview()).toBe(false);
  });
});

describe('ui store: match view state', () => {
  it('drops filters that mean "any" and puts the focus back on top when they change', () => {
    const store = useUiStore.getState();
    store.focusRow(5);
    store.setMatchFilters({ text: 'go', statuses: [], minScore: undefined, hasNotes: true });
    expect(useUiStore.getState().matchFilters).toEqual({ text: 'go', hasNotes: true });
    expect(useUiStore.getState().focusedIndex).toBe(0);
    store.setMatchFilters({ text: '' });
    expect(useUiStore.getState().matchFilters).toEqual({ hasNotes: true });
    store.toggleSelected('a');
    store.toggleSelected('b');
    store.toggleSelected('a');
    expect([...useUiStore.getState().selectedKeys]).toEqual(['b']);
  });
});

describe('matches view: a column per posting', () => {
  it('adds another posting’s score as a column beside the active one, and takes it away', async () => {
    const frontend = await repo.savePosting({ ...repo.newPosting(new Date('2026-11-01T00:00:00Z')), title: 'Frontend', requirements: [{ id: 'ts', label: 'TypeScript', kind: 'must', weight: 5, skills: ['typescript'] }] });
    if (!frontend.ok) throw new Error(frontend.error);
    const everyPosting = await repo.currentScorer();
    for (const profile of [
      makeProfile({ login: 'ines', name: 'Ines Araújo', repositories: goRepos('ines') }),
      makeProfile({ login: 'bo', name: 'Bo Chen', repositories: [apiRepo('bo', 'ui', { language: 'TypeScript', sizeKb: 2_000 }), apiRepo('bo', 'kit', { language: 'TypeScript', sizeKb: 900 })] }),
    ]) {
      await repo.saveCapture({ profile, scorePerson: everyPosting, url: profile.url });
    }
    await renderMatches(2);
    expect(screen.queryAllByTestId('compare-score')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Add a column for another posting'), { target: { value: frontend.posting.id } });
    await waitFor(() => expect(screen.queryAllByTestId('compare-score')).toHaveLength(2));
    const frontendTotals = new Map((await repo.loadMatchRows(frontend.posting.id)).map((row) => [row.candidateKey, row.total]));
    for (const row of rows()) {
      const shown = within(row).getByTestId('compare-score').querySelector('.score-with-band__number')?.textContent;
      expect(Number(shown)).toBe(frontendTotals.get(row.dataset.key!));
    }
    expect(frontendTotals.get('github:bo')!).toBeGreaterThan(frontendTotals.get('github:ines')!);

    fireEvent.click(screen.getByRole('button', { name: 'Remove the Frontend column' }));
    await waitFor(() => expect(screen.queryAllByTestId('compare-score')).toHaveLength(0));
  });
});
