/**
 * Team mode in the panel: one Yjs document per shared shortlist (written by its owner and editors) and one per
 * reviewer (written by that reviewer alone), each kept offline in IndexedDB by y-indexeddb and synced through the
 * team server by Hocuspocus. Dexie stays the panel's source: a local change is exported as the share file would
 * be and written into the document; a remote change is read back, checked record by record, and imported as a
 * file would be. The server enforces who may write what; the documents a person may only read are never written.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import { watchTeamChanges } from '../services/sharing/team';
import { reviewerDocument, shortlistDocument } from './documents';
import { exchange, type SharedDocument } from './exchange';
import { TeamApi, TeamApiError, socketUrl, type TeamMember, type TeamRole, type TeamSession } from './api';

/** Local writes carry this origin, so the document's own update event does not read them back in. */
const LOCAL = Symbol('talent-lens local');
const SETTLED_POLL_MS = 100;
/** Members (and so reviewer documents) are asked for again this often, and on every reconnect. */
const MEMBERS_EVERY_MS = 30_000;

export type Connection = 'connecting' | 'connected' | 'offline' | 'revoked';

export interface ShortlistStatus {
  id: string;
  name: string;
  role: TeamRole;
  connection: Connection;
  /** Local changes the server has not confirmed yet. */
  waiting: number;
  /** Records a peer sent that did not pass the checks, skipped. */
  rejected: number;
  /** Why the last document could not be applied, if it could not. */
  problem?: string;
}

export interface TeamSyncOptions {
  /** Called with every change of any shortlist's status. */
  onStatus(statuses: ShortlistStatus[]): void;
  /** Offline copies of the documents; on by default (tests in Node turn it off). */
  persist?: boolean;
  /** Asks the server again every 30 s for shortlists shared later; on by default (a catch-up turns it off). */
  watchForNew?: boolean;
  /** The WebSocket class, for Node tests. */
  WebSocketPolyfill?: unknown;
  fetcher?: typeof fetch;
}

interface Room extends SharedDocument {
  name: string;
  provider: HocuspocusProvider;
  persistence?: IndexeddbPersistence;
  /**
   * Written to only once the document has met the server (now or in an earlier session): before that, an
   * empty copy would create shared texts the server already has, and both would be kept.
   */
  ready: boolean;
}

interface Joined {
  status: ShortlistStatus;
  rooms: Map<string, Room>;
  stopWatching?: () => void;
  /** An exchange is waiting to start. */
  queued: boolean;
  /** The exchange running now; the next one starts after it. */
  running: Promise<void>;
  membersTimer?: ReturnType<typeof setInterval>;
}

/** Kept beside each document in its IndexedDB copy. */
const RECONCILED_KEY = 'reconciled-texts';
const MET_SERVER_KEY = 'met-server';

function isSettled(joined: Joined): boolean {
  if (joined.status.connection === 'revoked') return true;
  const rooms = [...joined.rooms.values()];
  return joined.status.connection === 'connected' && joined.status.waiting === 0 && !joined.queued && rooms.every((room) => room.ready && !room.pending);
}

export class TeamSync {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly api: TeamApi;
  private readonly joined = new Map<string, Joined>();
  private stopped = false;
  private meTimer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly session: TeamSession,
    private readonly options: TeamSyncOptions,
  ) {
    this.api = new TeamApi(session.server, session.token, options.fetcher);
    this.socket = new HocuspocusProviderWebsocket({
      url: socketUrl(session.server),
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket } : {}),
    });
  }

  /** Joins every shortlist shared with this person, and those shared later (asked again every 30 s). */
  async start(): Promise<void> {
    await this.joinShared();
    if (this.options.watchForNew !== false) this.meTimer = setInterval(() => void this.joinShared().catch(() => undefined), MEMBERS_EVERY_MS);
  }

  private async joinShared(): Promise<void> {
    const me = await this.api.me();
    for (const shortlist of me.shortlists) await this.join(shortlist.id, shortlist.name, shortlist.role);
  }

  /** Shares one of this browser's shortlists with the team (its owner from now on) and joins it. */
  async share(shortlistId: string, name: string): Promise<void> {
    const info = await this.api.shareShortlist(shortlistId, name);
    await this.join(info.id, info.name, info.role);
  }

  async join(id: string, name: string, role: TeamRole): Promise<void> {
    if (this.joined.has(id) || this.stopped) return;
    const joined: Joined = { status: { id, name, role, connection: 'connecting', waiting: 0, rejected: 0 }, rooms: new Map(), running: Promise.resolve(), queued: false };
    this.joined.set(id, joined);
    this.openRoom(joined, shortlistDocument(id), 'share', role !== 'reviewer');
    if (role === 'reviewer') this.openRoom(joined, reviewerDocument(id, this.session.username), 'feedback', true);
    joined.stopWatching = watchTeamChanges(id, () => this.schedule(joined));
    await this.refreshMembers(joined);
    joined.membersTimer = setInterval(() => void this.refreshMembers(joined), MEMBERS_EVERY_MS);
  }

  /**
   * Resolves true once every shortlist is in step with the server and nothing waits to be exchanged, or false
   * at the deadline.
   */
  async settled(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const all = [...this.joined.values()];
      await Promise.all(all.map((joined) => joined.running));
      if (all.every(isSettled)) return true;
      await new Promise((resolve) => setTimeout(resolve, SETTLED_POLL_MS));
    }
    return false;
  }

  statuses(): ShortlistStatus[] {
    return [...this.joined.values()].map((joined) => ({ ...joined.status }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.meTimer);
    for (const id of [...this.joined.keys()]) this.leave(id);
    this.socket.destroy();
  }

  private leave(id: string): void {
    const joined = this.joined.get(id);
    if (!joined) return;
    joined.stopWatching?.();
    clearInterval(joined.membersTimer);
    for (const room of joined.rooms.values()) {
      room.provider.destroy();
      void room.persistence?.destroy();
      room.doc.destroy();
    }
    this.joined.delete(id);
  }

  /** Reviewers' documents: one per reviewer member, opened as they appear. */
  private async refreshMembers(joined: Joined): Promise<void> {
    let members: TeamMember[];
    try {
      members = await this.api.members(joined.status.id);
    } catch (error) {
      if (error instanceof TeamApiError && (error.status === 401 || error.status === 403)) this.revoked(joined);
      return;
    }
    const mine = members.find((member) => member.username === this.session.username);
    if (mine && mine.role !== joined.status.role) return this.roleChanged(joined, mine.role);
    for (const member of members) {
      if (member.role !== 'reviewer' || member.username === this.session.username) continue;
      const name = reviewerDocument(joined.status.id, member.username);
      if (!joined.rooms.has(name)) this.openRoom(joined, name, 'feedback', false);
    }
  }

  /**
   * The owner handed the shortlist over, or changed this person's role. Owner and editor open the same
   * documents, so only the status changes; to or from reviewer the rooms differ, so the shortlist is
   * joined again (what was not yet sent stays in IndexedDB and goes out then).
   */
  private async roleChanged(joined: Joined, role: TeamRole): Promise<void> {
    const { id, name, role: was } = joined.status;
    if (was !== 'reviewer' && role !== 'reviewer') {
      joined.status.role = role;
      this.emit();
      return;
    }
    this.leave(id);
    await this.join(id, name, role);
    this.emit();
  }

  /** Asks the server now for who shares the shortlist (after this person changed it), instead of at the next 30 s. */
  async membersChanged(shortlistId: string): Promise<void> {
    const joined = this.joined.get(shortlistId);
    if (joined) await this.refreshMembers(joined);
  }

  private openRoom(joined: Joined, name: string, kind: Room['kind'], mayWrite: boolean): void {
    const doc = new Y.Doc();
    const persistence = this.options.persist === false ? undefined : new IndexeddbPersistence(`talent-lens-team:${this.session.server}:${name}`, doc);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.session.token,
      onStatus: () => this.updateConnection(joined),
      onSynced: () => {
        this.metServer(joined, room);
        this.updateConnection(joined);
      },
      onUnsyncedChanges: () => this.updateConnection(joined),
      // The server says so when the owner takes this person off the shortlist or the session ends.
      onAuthenticationFailed: () => this.revoked(joined),
      onClose: () => this.updateConnection(joined),
    });
    provider.attach();
    const room: Room = {
      name,
      doc,
      provider,
      ...(persistence ? { persistence } : {}),
      kind,
      pending: false,
      ready: false,
      reconciled: new Map(),
      get writable() {
        return mayWrite && this.ready;
      },
    };
    joined.rooms.set(name, room);
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) return;
      room.pending = true;
      this.schedule(joined);
    });
    if (persistence) void this.restore(joined, room, persistence);
  }

  /** The texts' bases and whether this document met the server, as an earlier session left them. */
  private async restore(joined: Joined, room: Room, persistence: IndexeddbPersistence): Promise<void> {
    await persistence.whenSynced;
    const [reconciled, met] = await Promise.all([persistence.get(RECONCILED_KEY), persistence.get(MET_SERVER_KEY)]);
    if (typeof reconciled === 'string') for (const [id, text] of Object.entries(JSON.parse(reconciled) as Record<string, string>)) if (!room.reconciled.has(id)) room.reconciled.set(id, text);
    if (met === 1) this.metServer(joined, room);
  }

  private metServer(joined: Joined, room: Room): void {
    if (room.ready) return;
    room.ready = true;
    void room.persistence?.set(MET_SERVER_KEY, 1);
    this.schedule(joined);
  }

  /**
   * One exchange at a time per shortlist, started at once when none runs; the changes that come while one runs
   * gather into exactly one more.
   */
  private schedule(joined: Joined): void {
    if (joined.queued) return;
    joined.queued = true;
    joined.running = joined.running.then(async () => {
      // A change that comes as several events in one task (a transaction's tables) is one exchange.
      await new Promise((resolve) => setTimeout(resolve, 0));
      joined.queued = false;
      if (this.stopped || !this.joined.has(joined.status.id)) return;
      try {
        const rooms = [...joined.rooms.values()];
        await exchange(joined.status.id, rooms, LOCAL);
        rooms.forEach((room) => void room.persistence?.set(RECONCILED_KEY, JSON.stringify(Object.fromEntries(room.reconciled))));
        joined.status.rejected = rooms.reduce((sum, room) => sum + (room.rejected ?? 0), 0);
        joined.status.problem = rooms.find((room) => room.problem)?.problem;
      } catch (error) {
        joined.status.problem = error instanceof Error ? error.message : String(error);
      }
      this.emit();
    });
  }

  private updateConnection(joined: Joined): void {
    if (joined.status.connection === 'revoked') return;
    const rooms = [...joined.rooms.values()];
    const connected = rooms.every((room) => room.provider.isAuthenticated && room.provider.isSynced);
    const online = this.socket.status === 'connected';
    joined.status.connection = connected && online ? 'connected' : online ? 'connecting' : 'offline';
    joined.status.waiting = rooms.reduce((sum, room) => sum + room.provider.unsyncedChanges, 0);
    this.emit();
  }

  private revoked(joined: Joined): void {
    joined.status.connection = 'revoked';
    for (const room of joined.rooms.values()) room.provider.detach();
    this.emit();
  }

  private emit(): void {
    if (!this.stopped) this.options.onStatus(this.statuses());
  }
}
