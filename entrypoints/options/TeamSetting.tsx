import { useEffect, useState, type FormEvent } from 'react';
import { forgetTeamSession, readTeamSession, saveTeamSession, watchTeamSession } from '@/lib/services';
import { TeamApi, serverOrigin, type TeamSession } from '@/lib/team/api';
import { permissionFor } from '@/lib/team/origins';
import { messageOf } from '@/lib/error-message';

type Status = { tone: 'info' | 'good' | 'bad'; text: string } | undefined;

/** Team mode (optional): sign in to the team's server, which shares shortlists, shared notes and feedback live. */
export function TeamSetting() {
  const [session, setSession] = useState<TeamSession>();
  const [address, setAddress] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    void readTeamSession().then(setSession);
    return watchTeamSession(setSession);
  }, []);

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    const origin = serverOrigin(address);
    if (!origin) return setStatus({ tone: 'bad', text: 'That is not a web address (for example https://team.example.com or http://127.0.0.1:8788).' });
    // permissions.request must run straight from the submit: no await before it.
    const asked = browser.permissions.request({ origins: [permissionFor(origin)] });
    setStatus({ tone: 'info', text: 'Signing in…' });
    void asked
      .then(async (granted) => {
        if (!granted) return setStatus({ tone: 'bad', text: `Talent Lens needs your permission to reach ${origin}. Nothing was sent.` });
        await saveTeamSession(await new TeamApi(origin).signIn(username.trim(), password));
        setPassword('');
        setStatus({ tone: 'good', text: 'Signed in. The panel connects to your shared shortlists when it is open.' });
      })
      .catch((cause: unknown) => setStatus({ tone: 'bad', text: `Could not sign in: ${messageOf(cause)}` }));
  };

  const signOut = async () => {
    if (session) await new TeamApi(session.server, session.token).signOut().catch(() => undefined);
    await forgetTeamSession();
    setStatus({ tone: 'info', text: 'Signed out. Shared shortlists stay in this browser; they no longer sync.' });
  };

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team server (optional)</h2>
      <p>
        Without it, shortlists travel as files. With your team’s server, a shared shortlist, its shared notes and every reviewer’s
        feedback reach the others as they happen. Private notes, stages, tags and settings never leave this browser.
      </p>
      {session ? (
        <div className="options__row">
          <span data-testid="team-signed-in">
            Signed in as <strong>{session.username}</strong> at {session.server}
          </span>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      ) : (
        <form onSubmit={signIn}>
          <label htmlFor="team-server">Server address</label>
          <input id="team-server" value={address} onChange={(event) => setAddress(event.target.value)} placeholder="https://team.example.com" spellCheck={false} />
          <label htmlFor="team-username">User name</label>
          <input id="team-username" value={username} onChange={(event) => setUsername(event.target.value)} autoComplete="username" spellCheck={false} />
          <label htmlFor="team-password">Password</label>
          <input id="team-password" type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" />
          <div className="options__row">
            <button type="submit" disabled={!address.trim() || !username.trim() || !password}>
              Sign in
            </button>
          </div>
        </form>
      )}
      {status && (
        <p className={`options__status options__status--${status.tone}`} role="status" data-testid="team-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
