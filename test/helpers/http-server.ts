import pino from 'pino';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config';
import { createServer, ParleyServer } from '../../src/api/server';
import { openTestDatabase } from './database';
import type { Logger } from '../../src/logger';

/** A real Parley HTTP server on a free loopback port, against the tests' Neo4j. */
export interface TestHttpServer {
  config: Config;
  driver: Driver;
  server: ParleyServer;
  url: string;
  post(
    body: string | object,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: any; text: string }>;
  close(): Promise<void>;
}

export async function startTestHttpServer(
  env: NodeJS.ProcessEnv = {},
  logger?: Logger,
): Promise<TestHttpServer> {
  const { config, driver } = openTestDatabase(env);
  const server = await createServer(config, driver, logger);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}`;
  return {
    config,
    driver,
    server,
    url,
    async post(body, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: any = null;
      try {
        json = JSON.parse(text);
      } catch {
        // left null: the test looks at the status and text
      }
      return { status: response.status, json, text };
    },
    async close() {
      await server.apollo.stop();
      await driver.close();
    },
  };
}

/** The `extensions.code` of every error of a JSON response. */
export const codesOf = (json: any): string[] =>
  (json?.errors ?? []).map((e: any) => e.extensions?.code);

/** A logger that keeps every line it is given, parsed, for tests to read. */
export function capturingLogger(): { logger: Logger; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}
