import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GithubPages } from '../browser';

/**
 * github.com for Firefox, served from saved pages by a local proxy.
 *
 * WebDriver BiDi request interception does not see the content script's own fetches (the
 * contribution calendar), so Firefox is pointed at this proxy instead: a CONNECT to github.com:443
 * is answered by an in-process TLS server with a self-signed certificate (the session accepts
 * insecure certificates); every other host, and every plain-HTTP request, is refused with a 403.
 * Nothing leaves the machine.
 */
export interface GithubProxy {
  port: number;
  /** Hosts (host:port, or the URL of a plain-HTTP request) the proxy refused, in order. */
  refused: string[];
  /** Paths (with query) github.com was asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

const GITHUB = 'github.com:443';

export async function startGithubProxy(pages: GithubPages): Promise<GithubProxy> {
  const { key, cert } = selfSignedGithubCertificate();
  const refused: string[] = [];
  const served: string[] = [];
  const sockets = new Set<Socket>();

  const github = createHttpsServer({ key, cert }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://github.com');
    served.push(url.pathname + url.search);
    const body = pages(url);
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? '<h1>Not Found</h1>');
  });

  const proxy = createHttpServer((request, response) => {
    refused.push(request.url ?? '');
    response.writeHead(403).end();
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (request, socket: Socket, head: Buffer) => {
    socket.on('error', () => undefined);
    if (request.url?.toLowerCase() !== GITHUB) {
      refused.push(request.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    github.emit('connection', socket);
  });

  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });

  return {
    port: (proxy.address() as AddressInfo).port,
    refused,
    served,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([closeServer(proxy), closeServer(github)]);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let certificate: { key: string; cert: string } | undefined;

/** A throwaway certificate for github.com, made with openssl in a temp directory and deleted at once. */
function selfSignedGithubCertificate(): { key: string; cert: string } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'talent-lens-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      process.env.OPENSSL_PATH ?? '/usr/bin/openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
        '-subj', '/CN=github.com', '-addext', 'subjectAltName=DNS:github.com', '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    );
    certificate = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
