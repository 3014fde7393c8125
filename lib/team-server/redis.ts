/**
 * What instances sharing one Redis tell each other: the documents' updates (@hocuspocus/extension-redis), and
 * which open connections to re-check at once after a change of access made through one of them (pub/sub).
 */
import { randomUUID } from 'node:crypto';
import { Redis as RedisClient, type RedisOptions } from 'ioredis';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { z } from 'zod';
import type { ConnectionFilter } from './server';

export const RECHECK_CHANNEL = 'talent-lens:team-server:recheck';

const RecheckMessage = z.object({
  from: z.string(),
  filter: z.object({ username: z.string().optional(), shortlistId: z.string().optional(), tokenHash: z.string().optional() }),
});

/** redis://[user:password@]host:port[/db], or rediss:// for TLS. */
function redisConnection(address: string): { host: string; port: number; options: RedisOptions } {
  const url = new URL(address);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`The Redis address must start with redis:// or rediss://, not ${url.protocol}`);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    options: {
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

export function redisExtension(address: string): RedisExtension {
  return new RedisExtension(redisConnection(address));
}

export interface RecheckRelay {
  /** Asks the other instances to re-check their open connections that match. */
  publish(filter: ConnectionFilter): Promise<void>;
  close(): void;
}

/** Subscribes to the other instances' requests, which `recheck` answers; an instance's own requests come back and are skipped. */
export function relayRechecks(address: string, recheck: (filter: ConnectionFilter) => Promise<void>): RecheckRelay {
  const instance = randomUUID();
  const { host, port, options } = redisConnection(address);
  // While Redis is away a request fails at once instead of waiting in a queue (and holding up the HTTP answer).
  const publisher = new RedisClient(port, host, { ...options, enableOfflineQueue: false });
  const subscriber = new RedisClient(port, host, options);
  subscriber.on('message', (_channel: string, text: string) => {
    const message = parsed(text);
    if (message && message.from !== instance) recheck(message.filter).catch((error: unknown) => console.error('[team-server] recheck', error));
  });
  // Not awaited: the server starts while Redis is away, as the document relay lets it. ioredis subscribes once
  // connected, and again after each reconnect; until then the periodic re-check stands in.
  subscriber.subscribe(RECHECK_CHANNEL).catch((error: unknown) => console.error('[team-server] subscribing to re-checks over Redis', error));
  return {
    async publish(filter) {
      await publisher.publish(RECHECK_CHANNEL, JSON.stringify({ from: instance, filter }));
    },
    close() {
      // Not quit(): that waits for Redis, which may be away.
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

/**
 * For a process that is not an instance (the team-server command): asks every instance to re-check
 * its open connections that match, at once. False when Redis could not be reached, in which case the
 * instances' periodic re-check still catches the change.
 */
export async function announceRecheck(address: string, filter: ConnectionFilter): Promise<boolean> {
  const { host, port, options } = redisConnection(address);
  const client = new RedisClient(port, host, { ...options, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.publish(RECHECK_CHANNEL, JSON.stringify({ from: 'team-server command', filter }));
    await client.quit();
    return true;
  } catch {
    client.disconnect();
    return false;
  }
}

function parsed(text: string): z.infer<typeof RecheckMessage> | undefined {
  try {
    return RecheckMessage.parse(JSON.parse(text));
  } catch {
    return undefined;
  }
}
