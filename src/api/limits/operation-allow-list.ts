import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from '../../errors';

/** The operations a server runs when it runs only listed ones, by the SHA-256 of their text. */
export interface OperationAllowList {
  has(queryHash: string): boolean;
  /**
   * Apollo's persisted-query cache over the list: a client may send an operation's hash alone.
   * Read-only: a client cannot add an operation by sending it with its hash.
   */
  cache: KeyValueCache<string>;
  size: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads a file of persisted operations: Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`) or a plain
 * `{ "<sha256>": "<operation text>" }` object. Every id must be the SHA-256 of its text. A file
 * that is missing or wrong stops the server at start-up with CONFIGURATION_ERROR.
 */
export function readOperationAllowList(file: string): OperationAllowList {
  const fail = (why: string) =>
    new AppError(ErrorCode.CONFIGURATION_ERROR, `PARLEY_OPERATIONS_FILE ${file}: ${why}`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw fail(`cannot be read as JSON (${(error as Error).message})`);
  }
  const entries: Array<[string, unknown]> =
    json && typeof json === 'object' && Array.isArray((json as { operations?: unknown }).operations)
      ? (json as { operations: Array<{ id?: unknown; body?: unknown }> }).operations.map((op) => [
          String(op.id),
          op.body,
        ])
      : Object.entries((json ?? {}) as Record<string, unknown>);
  const bodies = new Map<string, string>();
  for (const [id, body] of entries) {
    if (typeof body !== 'string') throw fail(`operation ${id} has no text`);
    if (sha256(body) !== id) throw fail(`operation ${id} is not the SHA-256 of its text`);
    bodies.set(id, body);
  }
  if (bodies.size === 0) throw fail('lists no operation');
  // Apollo prefixes the keys it asks for ("apq:<hash>"); the hash is the key's last 64 characters.
  const hashOf = (key: string) => key.slice(-64);
  return {
    size: bodies.size,
    has: (queryHash) => bodies.has(queryHash),
    cache: {
      get: async (key) => bodies.get(hashOf(key)),
      set: async () => undefined,
      delete: async () => undefined,
    },
  };
}

/** Refuses, before anything runs, every operation the list does not hold. */
export function allowListPlugin<T extends object>(list: OperationAllowList): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (list.has(queryHash)) return;
          throw new GraphQLError(
            'This server runs only the operations it lists; this one is not among them.',
            { extensions: { code: ErrorCode.OPERATION_NOT_ALLOWED, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
