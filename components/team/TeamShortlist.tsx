import { useEffect, useState, type FormEvent } from 'react';
import type { Shortlist } from '@/lib/schema/pipeline';
import { useTeamStore } from '@/lib/store/team-store';
import { TeamApi, type TeamMember } from '@/lib/team/api';
import type { ShortlistStatus } from '@/lib/team/sync';
import { readTeamSession } from '@/lib/services';
import { messageOf } from '@/lib/error-message';
import { currentTeamSync } from '../hooks/use-team-sync';

/** One shared shortlist's connection, in a sentence: what a recruiter needs to trust what they see. */
export function teamStatusText(status: ShortlistStatus): string {
  const waiting = status.waiting > 0 ? ` · ${status.waiting} change${status.waiting === 1 ? '' : 's'} waiting to sync` : '';
  const rejected = status.rejected > 0 ? ` · ${status.rejected} damaged record${status.rejected === 1 ? '' : 's'} from a teammate skipped` : '';
  switch (status.connection) {
    case 'connected':
      return `Live with your team (${status.role})${waiting}${rejected}`;
    case 'connecting':
      return `Connecting to the team server…${waiting}${rejected}`;
    case 'offline':
      return `Offline: your changes are kept here and sync when the team server is back${waiting}${rejected}`;
    case 'revoked':
      return 'Your access to this shared shortlist was removed, or your session ended. Nothing more syncs; what you have stays here.';
  }
}

export function TeamStatusLine({ shortlistId }: { shortlistId: string }) {
  const status = useTeamStore((state) => state.statuses.find((item) => item.id === shortlistId));
  if (!status) return null;
  return (
    <p className={`team-status team-status--${status.connection}`} role="status" data-testid="team-status-line">
      {teamStatusText(status)}
      {status.problem ? ` (${status.problem})` : ''}
    </p>
  );
}

/** Under the active shortlist: share it with the team, and (its owner) say who may edit or review it. */
export function TeamShortlist({ list }: { list: Shortlist }) {
  const username = useTeamStore((state) => state.username);
  const status = useTeamStore((state) => state.statuses.find((item) => item.id === list.id));
  const [error, setError] = useState<string>();
  if (!username) return null;

  const share = async () => {
    setError(undefined);
    try {
      await currentTeamSync()?.share(list.id, list.name);
    } catch (cause) {
      setError(messageOf(cause));
    }
  };

  return (
    <div className="team-shortlist">
      {status ? (
        <TeamStatusLine shortlistId={list.id} />
      ) : (
        <button type="button" onClick={() => void share()} disabled={list.sharedBy !== undefined}>
          Share live with my team
        </button>
      )}
      {status?.role === 'owner' && status.connection !== 'revoked' && <TeamMembers shortlistId={list.id} owner={username} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function TeamMembers({ shortlistId, owner }: { shortlistId: string; owner: string }) {
  const [members, setMembers] = useState<TeamMember[]>();
  const [draft, setDraft] = useState({ username: '', role: 'reviewer' as 'editor' | 'reviewer' });
  const [error, setError] = useState<string>();
  const [handingTo, setHandingTo] = useState<string>();

  const api = async () => {
    const session = await readTeamSession();
    if (!session) throw new Error('Signed out.');
    return new TeamApi(session.server, session.token);
  };
  const reload = async () => setMembers(await (await api()).members(shortlistId));
  const run = (action: () => Promise<unknown>) => {
    setError(undefined);
    action()
      .then(reload)
      .catch((cause: unknown) => setError(messageOf(cause)));
  };

  useEffect(() => run(async () => undefined), [shortlistId]);

  const handOver = (username: string) => {
    setHandingTo(undefined);
    // The status line follows the new role at once: the owner's controls go away.
    run(async () => {
      await (await api()).setMember(shortlistId, username, 'owner');
      await currentTeamSync()?.membersChanged(shortlistId);
    });
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.username.trim().toLowerCase();
    if (!name) return;
    run(async () => (await api()).setMember(shortlistId, name, draft.role));
    setDraft({ ...draft, username: '' });
  };

  return (
    <div className="team-members">
      <ul aria-label="Who shares this shortlist" data-testid="team-members">
        {members?.map((member) => (
          <li key={member.username}>
            {member.username} ({member.role})
            {member.username !== owner && (
              <>
                <button type="button" onClick={() => run(async () => (await api()).removeMember(shortlistId, member.username))}>
                  Remove {member.username}
                </button>
                <button type="button" onClick={() => setHandingTo(member.username)}>
                  Make {member.username} owner…
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {handingTo && (
        <p className="team-members__confirm" role="group" aria-label="Hand the shortlist over">
          {handingTo} will own this shortlist and manage who shares it; you stay on as an editor.{' '}
          <button type="button" onClick={() => handOver(handingTo)}>
            Confirm: make {handingTo} owner
          </button>{' '}
          <button type="button" onClick={() => setHandingTo(undefined)}>
            Cancel
          </button>
        </p>
      )}
      <form className="team-members__add" onSubmit={add}>
        <input aria-label="Team member’s user name" value={draft.username} onChange={(event) => setDraft({ ...draft, username: event.target.value })} spellCheck={false} />
        <select aria-label="Role" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value as 'editor' | 'reviewer' })}>
          <option value="reviewer">reviewer</option>
          <option value="editor">editor</option>
        </select>
        <button type="submit">Add to shortlist team</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
