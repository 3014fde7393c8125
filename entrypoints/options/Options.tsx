import { useEffect, useState, type FormEvent } from 'react';
import { githubToken, looksLikeToken } from '@/lib/services/capture/github-token';
import { checkToken } from '@/lib/sites/github/api/test-token';
import { OptionalSites } from './OptionalSites';
import { AuthorNameSetting } from './AuthorNameSetting';
import { PrivacySettings } from './PrivacySettings';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { MarkerSetting } from './MarkerSetting';
import { TeamSetting } from './TeamSetting';

type Status = { tone: 'info' | 'good' | 'bad'; text: string } | undefined;

export function Options() {
  const [token, setToken] = useState('');
  const [shown, setShown] = useState(false);
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    void githubToken.getValue().then((stored) => setToken(stored ?? ''));
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!looksLikeToken(value)) return setStatus({ tone: 'bad', text: 'That does not look like a GitHub token (letters, digits and underscores only).' });
    await githubToken.setValue(value);
    setStatus({ tone: 'good', text: 'Saved. Profiles opened from now on use it.' });
  };

  const test = async () => {
    setStatus({ tone: 'info', text: 'Asking GitHub…' });
    const check = await checkToken(token);
    setStatus(check.ok ? { tone: 'good', text: `The token works: ${check.limit.toLocaleString()} requests an hour, ${check.remaining.toLocaleString()} left.` } : { tone: 'bad', text: check.message });
  };

  const clear = async () => {
    await githubToken.removeValue();
    setToken('');
    setStatus({ tone: 'info', text: 'Token removed: the extension uses GitHub’s API without one (60 requests an hour).' });
  };

  return (
    <main className="app options">
      <h1>Talent Lens options</h1>
      <AuthorNameSetting />
      <form onSubmit={save}>
        <h2>GitHub access token (optional)</h2>
        <p>
          Without a token, GitHub allows 60 API requests an hour; a new profile costs about four. A token raises that to 5,000.
          A fine-grained token with no extra permissions (public repositories, read-only) is enough.
        </p>
        <p>
          The token stays in this browser’s extension storage: it is never synced, never exported and never logged, and it is
          sent only to api.github.com.
        </p>
        <label htmlFor="token">Token</label>
        <div className="options__row">
          <input id="token" type={shown ? 'text' : 'password'} value={token} onChange={(event) => setToken(event.target.value)} autoComplete="off" spellCheck={false} />
          <button type="button" onClick={() => setShown(!shown)} aria-pressed={shown}>
            {shown ? 'Hide' : 'Show'}
          </button>
        </div>
        <div className="options__row">
          <button type="submit">Save</button>
          <button type="button" onClick={() => void test()} disabled={!token.trim()}>
            Test token
          </button>
          <button type="button" onClick={() => void clear()}>
            Clear
          </button>
        </div>
        {status && (
          <p className={`options__status options__status--${status.tone}`} role="status" data-testid="token-status">
            {status.text}
          </p>
        )}
      </form>
      <OptionalSites />
      <TeamSetting />
      <MarkerSetting />
      <PrivacySettings />
      <KeyboardShortcuts />
    </main>
  );
}
