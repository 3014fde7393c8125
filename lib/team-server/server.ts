/**
 * The team server: Hocuspocus for the shared shortlists' Yjs documents and the HTTP API, on one port. Every
 * WebSocket connection is authenticated per document with the session token; a reviewer's connection to the
 * shortlist's document is read-only (Hocuspocus drops its updates). Open connections are re-checked when access
 * changes through this instance, at once on the instances sharing its Redis (redis.ts), and every few seconds on
 * every instance for changes made elsewhere (the CLI).
 */
import type { AddressInfo } from 'node:net';
import * as Y from 'yjs';
import { Server, OutgoingMessage, type Connection, type Extension } from '@hocuspocus/server';
import { SignInThrottle, TOKEN, tokenHash } from './auth';
import { accessTo, parseDocumentName } from './documents';
import { handleHttp } from './http';
import { redisExtension, relayRechecks } from './redis';
import { TeamStore, type Role } from './store';

export interface TeamServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The database: a SQLite file (one machine) or a Postgres URL (several instances); exactly one of them. */
  sqlite?: string;
  postgres?: string;
  /** redis://[user:password@]host:port — instances sharing one Redis (and one database) sync their clients. */
  redis?: string;
  /** Origins allowed besides chrome-extension:// and moz-extension:// pages. */
  allowOrigins?: string[];
  /** A document may not grow beyond this (bytes of its encoded state). */
  maxDocumentBytes?: number;
  /** Behind a reverse proxy that sets X-Forwarded-For: count failed sign-ins per client address, not per proxy. */
  trustProxy?: boolean;
  /** How often open connections are checked against the database for changes that no instance announced (the CLI). */
  recheckMs?: number;
  now?: () => number;
  quiet?: boolean;
}

export interface TeamServer {
  url: string;
  port: number;
  server: Server;
  store: TeamStore;
  /** Checks the open connections that match now (all without a filter). */
  recheck: (filter?: ConnectionFilter) => Promise<void>;
  close: () => Promise<void>;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const WEBSOCKET_MESSAGE_LIMIT_BYTES = 20 * 1024 * 1024;

interface ConnectionContext {
  username: string;
  tokenHash: string;
  shortlistId: string;
}

export type ConnectionFilter = { username?: string; shortlistId?: string; tokenHash?: string };

/** Refusal of a WebSocket document: an Error without message, so Hocuspocus does not log every stranger. */
function refusal(reason: string): Error {
  return Object.assign(new Error(), { reason });
}

export async function createTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const now = options.now ?? Date.now;
  const store = await TeamStore.open({ sqlite: options.sqlite, postgres: options.postgres });
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const knownSizes = new WeakMap<Y.Doc, number>();
  const throttle = new SignInThrottle();
  const allowOrigins = new Set(options.allowOrigins ?? []);
  const originAllowed = (origin: string) => /^(chrome|moz)-extension:\/\/[^/]+$/.test(origin) || allowOrigins.has(origin);

  const extensions: Extension[] = options.redis ? [redisExtension(options.redis)] : [];
  const server = new Server(
    {
      port: options.port,
      address: options.host ?? '0.0.0.0',
      quiet: true,
      stopOnSignals: false,
      extensions,
      async onAuthenticate({ token, documentName, connectionConfig }): Promise<ConnectionContext> {
        const ref = parseDocumentName(documentName);
        if (!ref) throw refusal('There is no such document.');
        const hash = TOKEN.test(token ?? '') ? tokenHash(token) : undefined;
        const session = hash ? await store.session(hash, now()) : undefined;
        if (!hash || !session) throw refusal('Unauthorized: sign in again.');
        const access = accessTo(ref, session.username, await store.roleOf(ref.shortlistId, session.username));
        if (!access) throw refusal('Forbidden: you are not a member of this shortlist.');
        connectionConfig.readOnly = access === 'read';
        return { username: session.username, tokenHash: hash, shortlistId: ref.shortlistId };
      },
      async onLoadDocument({ documentName, document }) {
        const state = await store.loadDocument(documentName);
        if (state) Y.applyUpdate(document, state);
        knownSizes.set(document, state?.length ?? 0);
      },
      async onStoreDocument({ documentName, document }) {
        const state = Y.encodeStateAsUpdate(document);
        knownSizes.set(document, state.length);
        await store.storeDocument(documentName, state);
      },
      async beforeHandleMessage({ connection, document, update }) {
        if (connection.readOnly) return;
        guardDocumentSize(document, update.length, maxDocumentBytes, knownSizes);
      },
      async onRequest({ request, response }) {
        await handleHttp(request, response, { store, now, throttle, originAllowed, recheck: recheckEverywhere, trustProxy: options.trustProxy ?? false });
        // Rejecting without an error tells Hocuspocus the request was answered.
        throw null;
      },
    },
    { maxPayload: WEBSOCKET_MESSAGE_LIMIT_BYTES },
  );

  async function recheck(filter: ConnectionFilter = {}): Promise<void> {
    const sessions = new Map<string, Promise<boolean>>();
    const roles = new Map<string, Promise<Role | undefined>>();
    for (const document of [...server.hocuspocus.documents.values()]) {
      const ref = parseDocumentName(document.name);
      for (const connection of document.getConnections()) {
        const context = connection.context as Partial<ConnectionContext>;
        if (!ref || !context.username || !context.tokenHash || !matches(context as ConnectionContext, filter)) continue;
        const { username, tokenHash: hash } = context;
        if (!sessions.has(hash)) sessions.set(hash, store.session(hash, now()).then(Boolean));
        const roleKey = `${ref.shortlistId}\n${username}`;
        if (!roles.has(roleKey)) roles.set(roleKey, store.roleOf(ref.shortlistId, username));
        const access = (await sessions.get(hash)) ? accessTo(ref, username, await roles.get(roleKey)) : undefined;
        if (access) connection.readOnly = access === 'read';
        else refuse(connection, (await sessions.get(hash)) ? 'Forbidden: your access to this shortlist was removed.' : 'Unauthorized: your session has ended.');
      }
    }
  }

  const relay = options.redis ? relayRechecks(options.redis, recheck) : undefined;
  async function recheckEverywhere(filter: ConnectionFilter): Promise<void> {
    const announced = relay?.publish(filter).catch((error: unknown) => console.error('[team-server] announcing a re-check over Redis', error));
    await Promise.all([recheck(filter), announced]);
  }

  await server.listen();
  const recheckTimer = setInterval(() => {
    recheck().catch((error: unknown) => console.error('[team-server] recheck', error));
    store.deleteExpiredTokens(now()).catch(() => undefined);
  }, options.recheckMs ?? 5_000);
  recheckTimer.unref();

  const port = (server.httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    store,
    recheck,
    async close() {
      clearInterval(recheckTimer);
      await server.destroy();
      relay?.close();
      await store.close();
    },
  };
}

function matches(context: ConnectionContext, filter: ConnectionFilter): boolean {
  return (
    (filter.username === undefined || filter.username === context.username) &&
    (filter.shortlistId === undefined || filter.shortlistId === context.shortlistId) &&
    (filter.tokenHash === undefined || filter.tokenHash === context.tokenHash)
  );
}

/**
 * Closes one document's connection and tells its provider the permission is gone: a per-document close reaches
 * the client as a close event with code 1000, which alone would read as a network hiccup.
 */
function refuse(connection: Connection, reason: string): void {
  const documentName = connection.document.name;
  connection.close({ code: 4403, reason });
  if (connection.webSocket.readyState === connection.webSocket.OPEN) {
    connection.webSocket.send(new OutgoingMessage(documentName).writePermissionDenied(reason).toUint8Array());
  }
}

/**
 * One buggy or hostile peer must not fill the disk: an update that would take the document past the cap closes
 * that connection instead of being applied. The encoded size is recomputed only when the running estimate nears it.
 */
function guardDocumentSize(document: Y.Doc, incoming: number, max: number, knownSizes: WeakMap<Y.Doc, number>): void {
  let size = (knownSizes.get(document) ?? 0) + incoming;
  if (size > max) size = Y.encodeStateAsUpdate(document).length + incoming;
  if (size > max) {
    knownSizes.set(document, size - incoming);
    throw { code: 1009, reason: `The document would grow beyond ${sizeText(max)}; the change was refused.` };
  }
  knownSizes.set(document, size);
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
