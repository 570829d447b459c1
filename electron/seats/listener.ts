import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** A certificate and key the host provides (PEM), for HTTPS on the shared listener. */
export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

/** Where a request came in: its host check and its token rules depend on it. */
export interface ListenPoint {
  /** The address listened on ('127.0.0.1', '0.0.0.0' …). */
  host: string;
  port(): number;
  /** The first listener (`samlad serve`'s own): only here do the fixed staff and wall tokens work. */
  primary: boolean;
  /** Speaks HTTPS: a browser leaves port 443 out of the Host header, as it leaves 80 for http. */
  tls: boolean;
}

export interface ListenerHandlers {
  request(at: ListenPoint, req: IncomingMessage, res: ServerResponse): void;
  upgrade(at: ListenPoint, req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

export interface Listener {
  readonly port: number;
  /** Stops listening and cuts every connection it holds: nothing answers on its port afterwards. */
  close(): Promise<void>;
}

/** One HTTP (or HTTPS) listener on the seat server's handlers. */
export async function listen(host: string, port: number, tls: TlsFiles | null, primary: boolean, handlers: ListenerHandlers): Promise<Listener> {
  let bound = 0;
  const at: ListenPoint = { host, port: () => bound, primary, tls: tls !== null };
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => handlers.request(at, req, res);
  const server = tls ? createTlsServer({ cert: tls.cert, key: tls.key }, onRequest) : createServer(onRequest);
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => handlers.upgrade(at, req, socket, head));
  // A TLS handshake that fails (a seat that does not trust the certificate) is that seat's business.
  server.on('tlsClientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
