// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options';
import { githubToken } from '@/lib/services/capture/github-token';

const TOKEN = 'github_pat_11EXAMPLE0000000000000000000000000';

afterEach(cleanup);

/** The fake browser has no permissions API; the page asks it which optional sites are on. */
let grantedOrigins: string[] = [];
const permissionRequests: string[][] = [];
beforeEach(() => {
  grantedOrigins = [];
  permissionRequests.length = 0;
  Object.assign(fakeBrowser, {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => grantedOrigins.includes(origin)),
      request: async ({ origins }: { origins: string[] }) => {
        permissionRequests.push(origins);
        grantedOrigins.push(...origins);
        return true;
      },
      remove: async ({ origins }: { origins: string[] }) => {
        grantedOrigins = grantedOrigins.filter((origin) => !origins.includes(origin));
        return true;
      },
    },
  });
});

const tokenInput = () => screen.getByLabelText<HTMLInputElement>('Token');
const status = () => screen.findByTestId('token-status');
const stubFetch = (response: () => Response | Promise<Response>) => {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

describe('options page: the GitHub token', () => {
  it('saves a token in local extension storage only, never in synced storage', async () => {
    render(<Options />);
    fireEvent.change(tokenInput(), { target: { value: `  ${TOKEN} ` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await status()).textContent).toMatch(/^Saved/);
    expect(await githubToken.getValue()).toBe(TOKEN);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ githubToken: TOKEN });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses something that is not a token, and keeps the stored one', async () => {
    await githubToken.setValue(TOKEN);
    render(<Options />);
    await waitFor(() => expect(tokenInput().value).toBe(TOKEN));
    fireEvent.change(tokenInput(), { target: { value: 'my password with spaces' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await status()).textContent).toMatch(/does not look like a GitHub token/);
    expect(await githubToken.getValue()).toBe(TOKEN);
  });

  it('hides the token until asked to show it', async () => {
    render(<Options />);
    expect(tokenInput().type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(tokenInput().type).toBe('text');
  });

  it('tests the token against api.github.com alone and reports the budget it gives', async () => {
    const fetchMock = stubFetch(() => Response.json({ resources: { core: { limit: 5000, remaining: 4990, reset: 1, used: 10 } } }));
    render(<Options />);
    fireEvent.change(tokenInput(), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Test token' }));
    await waitFor(async () => expect((await status()).textContent).toMatch(/works: 5,000 requests an hour, 4,990 left/));
    expect(fetchMock).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(new URL(String(url)).origin).toBe('https://api.github.com');
    expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it.each([
    ['refuses the token', () => new Response('{"message":"Bad credentials"}', { status: 401 }), /refused this token \(HTTP 401\)/],
    ['cannot be reached', () => Promise.reject(new TypeError('Failed to fetch')), /could not be reached \(offline\?\)/],
    ['answers with an error', () => new Response('', { status: 502 }), /answered HTTP 502/],
  ])('says plainly when GitHub %s', async (_case, response, message) => {
    stubFetch(response);
    render(<Options />);
    fireEvent.change(tokenInput(), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Test token' }));
    await waitFor(async () => expect((await status()).textContent).toMatch(message));
  });

  it('clears the token from storage', async () => {
    await githubToken.setValue(TOKEN);
    render(<Options />);
    await waitFor(() => expect(tokenInput().value).toBe(TOKEN));
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect((await status()).textContent).toMatch(/Token removed/);
    expect(await githubToken.getValue()).toBeNull();
    expect(tokenInput().value).toBe('');
  });
});

describe('options page: more sites', () => {
  it('asks the browser for an optional site’s permission only when the recruiter turns it on, and gives it back when turned off', async () => {
    render(<Options />);
    const checkbox = await screen.findByRole('checkbox', { name: /LinkedIn country sites/ });
    expect((checkbox as HTMLInputElement).checked).toBe(false);
    expect(permissionRequests).toEqual([]);

    fireEvent.click(checkbox);
    await waitFor(() => expect((checkbox as HTMLInputElement).checked).toBe(true));
    expect(permissionRequests).toEqual([['https://*.linkedin.com/*']]);

    fireEvent.click(checkbox);
    await waitFor(() => expect((checkbox as HTMLInputElement).checked).toBe(false));
    expect(grantedOrigins).toEqual([]);
  });
});

describe('keyboard shortcuts in Options', () => {
  it('lists each command with the key the browser has set, and opens the browser’s shortcut settings', async () => {
    Object.defineProperty(fakeBrowser.commands, 'getAll', {
      configurable: true,
      value: async () => [
        { name: '_execute_action', description: '', shortcut: 'Alt+Shift+L' },
        { name: 'shortlist-person', description: 'Shortlist the person on this page (or open in the panel) for the active posting', shortcut: 'Alt+Shift+S' },
        { name: 'next-candidate', description: 'Open the next candidate of the matches list', shortcut: '' },
      ],
    });
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => (opened.push(props.url ?? ''), {} as never));
    render(<Options />);
    const table = await screen.findByTestId('shortcuts');
    await waitFor(() => expect(table.querySelectorAll('tr')).toHaveLength(3));
    expect([...table.querySelectorAll('tr')].map((row) => row.textContent)).toEqual([
      'Open Talent LensAlt+Shift+L',
      'Shortlist the person on this page (or open in the panel) for the active postingAlt+Shift+S',
      'Open the next candidate of the matches listnot set',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts in the browser’s settings' }));
    await waitFor(() => expect(opened).toEqual(['chrome://extensions/shortcuts']));
  });
});
