import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface ProfileServer {
  url: (path: string) => string;
  /** Every request seen, with the headers that matter to conditional requests. */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  route: (path: string, handler: Handler) => void;
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with a free port, answering each path with its own handler. */
export async function startProfileServer(): Promise<ProfileServer> {
  const routes = new Map<string, Handler>();
  const requests: ProfileServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({
      path,
      ifNoneMatch: req.headers['if-none-match'] as string | undefined,
      ifModifiedSince: req.headers['if-modified-since'] as string | undefined,
    });
    // CORS, as the README asks profile hosts to send, so the extension needs no host permission.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'if-none-match, if-modified-since');
    res.setHeader('access-control-expose-headers', 'etag, last-modified');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  };
}
