/**
 * A signed-in user of the HTTP API, as the web app is: the session cookie, and the CSRF token
 * echoed on every write. Requests share one keep-alive agent with a bounded number of sockets.
 */
import { Agent, request } from 'node:http';

export function httpAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections });
}

export interface Answer {
  status: number;
  body: unknown;
  bytes: number;
}

export class ApiUser {
  private cookie = '';
  private csrf = '';
  constructor(
    private readonly baseUrl: string,
    private readonly agent: Agent,
  ) {}

  async signIn(username: string, password: string): Promise<void> {
    const res = await this.call('POST', '/api/session', { username, password });
    if (res.status !== 200) throw new Error(`Đăng nhập ${username} thất bại: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = (res.body as { csrfToken: string }).csrfToken;
  }

  call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.baseUrl}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}),
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const setCookie = res.headers['set-cookie']?.[0];
            if (setCookie) this.cookie = setCookie.split(';')[0]!;
            const raw = Buffer.concat(chunks);
            const json = String(res.headers['content-type'] ?? '').includes('json');
            resolve({ status: res.statusCode ?? 0, body: json ? JSON.parse(raw.toString('utf8')) : null, bytes: raw.length });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** A call that must answer `expected`; anything else stops the benchmark with the answer. */
  async expect<T>(expected: number, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    const res = await this.call(method, path, body, headers);
    if (res.status !== expected) throw new Error(`${method} ${path} → ${res.status} (cần ${expected}): ${JSON.stringify(res.body).slice(0, 500)}`);
    return res.body as T;
  }
}
