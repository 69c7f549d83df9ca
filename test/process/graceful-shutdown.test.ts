import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { PROJECT_ROOT } from '../../src/config';
import { runProcess } from '../../src/cli/run-process';
import { testEnvironment } from '../helpers/test-neo4j';

jest.setTimeout(120000);

beforeAll(() => {
  // The server runs from the build, as users deploy it (TypeGraphQL needs tsc's decorator metadata).
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
});

function startServer(port = '0') {
  return runProcess('node', ['dist/src/main.js'], {
    ...testEnvironment({ NODE_ENV: 'production', LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '5000' }),
    PORT: port,
    HOST: '127.0.0.1',
  });
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight, closes the driver and exits 0', async () => {
    const server = startServer();
    const [, port] = await server.waitForLine(/Parley API: +http:\/\/127\.0\.0\.1:(\d+)\/graphql/);

    // A request whose body is still arriving is in flight: the server must wait for it.
    const body = JSON.stringify({ query: '{ rounds { nodes { round } } }' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: Number(port),
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(10)), 300);
      }, 300);
    });

    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { rounds: { nodes: expect.any(Array) } } });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"msg":"shutting down","signal":"SIGTERM"/);
    expect(server.output()).toMatch(/"msg":"stopped"/);
  });

  it('on SIGINT with nothing in flight exits 0 at once, refusing new connections', async () => {
    const server = startServer();
    const [, port] = await server.waitForLine(/Parley API: +http:\/\/127\.0\.0\.1:(\d+)\/graphql/);
    const started = Date.now();
    server.child.kill('SIGINT');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });

  it('on a port in use says so in one line naming PORT, and exits 1', async () => {
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const server = startServer(String(port));
      expect(await server.exited).toEqual({ code: 1, signal: null });
      const lines = server.output().trim().split('\n');
      expect(lines.at(-1)).toBe(
        `CONFIGURATION_ERROR: port ${port} on 127.0.0.1 is already in use; set PORT to a free port (PORT=0 lets the system pick one)`,
      );
      expect(server.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
