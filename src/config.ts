import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { AppError, ErrorCode } from './errors';

/**
 * Root of the project (the nearest folder up with a package.json), whether the code runs from
 * src/ or from the build in dist/src/; schema/, seed/ and the local Neo4j live below it.
 */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

/** Password of the local Neo4j that `npm run db:start` runs, when NEO4J_PASSWORD is not set. */
export const LOCAL_NEO4J_DEFAULT_PASSWORD = 'parley-local';

const boolean = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((value) => value === 'true' || value === '1');

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // 0 lets the system pick a free port (the server prints the one it got).
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(5000),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DIR: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, '.neo4j', 'dev')),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i)
    .default('768m'),
  LOCAL_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/i)
    .default('64m'),
  // The most memory one transaction may use (db.memory.transaction.max); a quarter of the heap.
  LOCAL_NEO4J_TX_MEMORY: z
    .string()
    .regex(/^\d+[mg]$/i)
    .optional(),
  PARLEY_DEBUG: boolean.default(false),
  PARLEY_COMPILED_READS: boolean.default(true),
  // Unset: on, except in production (where PARLEY_INTROSPECTION=true turns it on).
  PARLEY_INTROSPECTION: boolean.optional(),
  PARLEY_SEED_ON_START: boolean.default(true),
  // The most bytes one GraphQL response may carry; a larger one is replaced by RESPONSE_TOO_LARGE.
  PARLEY_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(2 ** 30)
    .default(16 * 2 ** 20),
  // Requests one client (by address) may send per minute to /graphql and /export; 0: no limit.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(0),
  // Whether the limit applies to clients on the loopback interface too.
  RATE_LIMIT_LOOPBACK: boolean.default(false),
  // A file of persisted operations; when set, only those run (see .env.example).
  PARLEY_OPERATIONS_FILE: z.string().min(1).optional(),
  // GET /metrics in Prometheus's format.
  PARLEY_METRICS: boolean.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120000).default(10000),
  // Upper bound of one graph export's read transaction (a whole large graph streams for minutes).
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3600000).default(600000),
  // Downloads streamed at once; each holds a pooled connection to Neo4j while it streams.
  EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(1000).default(8),
  // A download whose client takes nothing for this long is cut, and its transaction ended.
  EXPORT_STALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(30000),
  // When set, every read (GraphQL, exports, the dossier API) needs it, or a curator token, as
  // "Authorization: Bearer <token>"; the pages themselves stay open and ask for it.
  PARLEY_READ_TOKEN: z.string().min(16, 'a read token is at least 16 characters').optional(),
  // The curators' token file (npm run token:new writes it); while it holds none, no writes.
  PARLEY_CURATOR_TOKENS_FILE: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, '.parley', 'curator-tokens.json')),
  // Where curators' dossiers are saved (drafts included) and opened from.
  PARLEY_DOSSIER_DIR: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, '.parley', 'dossiers')),
  // Writes one curator token may make per minute; 0: no limit.
  PARLEY_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  // How old the names a draft matches against may grow before they are read again from the graph.
  PARLEY_GAZETTEER_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  // The largest write body (a dossier with its sources' texts), in bytes.
  PARLEY_MAX_DOSSIER_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(2 ** 30)
    .default(16 * 2 ** 20),
  // Browser origins allowed to call the API (comma-separated), such as http://localhost:3000.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^https?:\/\/[^/\s]+$/,
            'each origin is a scheme and host, with an optional port, and no path (http://localhost:3000)',
          ),
      ),
    ),
});

/** Where the local Neo4j keeps its files and how it listens. */
export interface LocalNeo4jSettings {
  readonly port: number;
  readonly dir: string;
  readonly heap: string;
  /** Neo4j's page cache, such as 64m or 2g: as much of the store as fits stays in memory. */
  readonly pagecache?: string;
  /** db.memory.transaction.max, such as 192m; a quarter of the heap when unset. */
  readonly transactionMemory?: string;
}

/** Validated configuration; read once from the environment. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly host: string;
    readonly port: number;
    /** Browser origins allowed to call the API across origins (CORS). */
    readonly corsOrigins: readonly string[];
  };
  readonly neo4j: {
    /** Undefined means: start and use the local Neo4j. */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly queryTimeoutMs: number;
    readonly connectTimeoutMs: number;
  };
  readonly localNeo4j: LocalNeo4jSettings;
  readonly debug: boolean;
  /**
   * Whether root fields read their whole selection in one compiled statement; off, every field
   * resolves through the request's loaders (the same answers, more statements).
   */
  readonly compiledReads: boolean;
  readonly introspection: boolean;
  readonly seedOnStart: boolean;
  /** The most bytes one GraphQL response may carry. */
  readonly maxResponseBytes: number;
  readonly rateLimit: { readonly perMinute: number; readonly loopback: boolean };
  /** When set, the file of the only operations the server runs. */
  readonly operationsFile: string | undefined;
  /** Whether GET /metrics serves Prometheus metrics. */
  readonly metrics: boolean;
  readonly logLevel: string;
  /** How long in-flight requests get to finish on SIGTERM before the process exits anyway. */
  readonly shutdownTimeoutMs: number;
  readonly exportTimeoutMs: number;
  readonly exportMaxConcurrent: number;
  readonly exportStallTimeoutMs: number;
  /** When set, the token every read needs (a curator token reads too). */
  readonly readToken: string | undefined;
  /** The curators' token file: hashes of the tokens that may write. */
  readonly curatorTokensFile: string;
  /** Where curators' dossiers are saved and opened from. */
  readonly dossierDir: string;
  /** Writes one curator token may make per minute; 0: no limit. */
  readonly writesPerMinute: number;
  /** The largest write body, in bytes. */
  readonly maxDossierBytes: number;
  /** How old a draft's gazetteer may grow before it is read again from the graph, in ms. */
  readonly gazetteerMaxAgeMs: number;
}

/**
 * Validates an environment and returns a frozen Config; throws CONFIGURATION_ERROR naming every
 * bad variable, so a misconfigured process fails at start-up rather than at its first request.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in most .env files.
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(defined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new AppError(
      ErrorCode.CONFIGURATION_ERROR,
      `Invalid configuration: ${problems.join('; ')}`,
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new AppError(
      ErrorCode.CONFIGURATION_ERROR,
      'Invalid configuration: NEO4J_PASSWORD is required when NEO4J_URI is set',
    );
  }
  return deepFreeze({
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, corsOrigins: e.CORS_ORIGINS },
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
    },
    localNeo4j: {
      port: e.LOCAL_NEO4J_PORT,
      dir: path.resolve(e.LOCAL_NEO4J_DIR),
      heap: e.LOCAL_NEO4J_HEAP,
      pagecache: e.LOCAL_NEO4J_PAGECACHE,
      transactionMemory: e.LOCAL_NEO4J_TX_MEMORY,
    },
    debug: e.PARLEY_DEBUG,
    compiledReads: e.PARLEY_COMPILED_READS,
    introspection: e.PARLEY_INTROSPECTION ?? e.NODE_ENV !== 'production',
    seedOnStart: e.PARLEY_SEED_ON_START,
    metrics: e.PARLEY_METRICS,
    operationsFile: e.PARLEY_OPERATIONS_FILE ? path.resolve(e.PARLEY_OPERATIONS_FILE) : undefined,
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, loopback: e.RATE_LIMIT_LOOPBACK },
    maxResponseBytes: e.PARLEY_MAX_RESPONSE_BYTES,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    exportTimeoutMs: e.EXPORT_TIMEOUT_MS,
    exportMaxConcurrent: e.EXPORT_MAX_CONCURRENT,
    exportStallTimeoutMs: e.EXPORT_STALL_TIMEOUT_MS,
    readToken: e.PARLEY_READ_TOKEN,
    curatorTokensFile: path.resolve(e.PARLEY_CURATOR_TOKENS_FILE),
    dossierDir: path.resolve(e.PARLEY_DOSSIER_DIR),
    writesPerMinute: e.PARLEY_WRITES_PER_MINUTE,
    maxDossierBytes: e.PARLEY_MAX_DOSSIER_BYTES,
    gazetteerMaxAgeMs: e.PARLEY_GAZETTEER_MAX_AGE_SECONDS * 1000,
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}

/**
 * Reads `.env` from the project root into the environment, if there is one. Variables already
 * set win over the file, so `PORT=5000 npm start` still means port 5000. Command-line entry
 * points call it; tests do not, so that a developer's `.env` never reaches them.
 */
export function readDotEnv(
  file = path.join(PROJECT_ROOT, '.env'),
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (!fs.existsSync(file)) return false;
  for (const [key, value] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) {
    if (env[key] === undefined) env[key] = value;
  }
  return true;
}

/** The URI of the Neo4j this configuration talks to, local or remote. */
export function neo4jUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.localNeo4j.port}`;
}
