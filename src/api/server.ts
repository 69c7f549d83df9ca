import 'reflect-metadata'; // before any decorated class is loaded, through whichever import
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { Context, createContext } from './context';
import { formatError } from './errors/format-error';
import { graphqlEndpoint, invalidUtf8, NodeMiddleware } from './graphql-endpoint';
import { pagesRouter } from './pages/pages.router';
import { exportRouter } from './export/export.router';
import { dossiersRouter } from './dossiers/dossiers.router';
import { draftsRouter } from './dossiers/drafts.router';
import { GazetteerCache } from '../draft/gazetteer-cache';
import { readGate, sendApiError } from './auth/curator-auth';
import { CuratorTokens } from './auth/curator-tokens';
import { healthRouter } from './health/health.router';
import { securityHeaders } from './http/security-headers';
import { accessLog } from './http/access-log';
import { createMetrics, type Metrics } from './http/metrics';
import { requestId, requestIdOf } from './http/request-id';
import { BOOKMARK_HEADER, bookmarksOf } from './http/bookmarks';
import { rateLimit } from './http/rate-limit';
import { openSessionCount } from '../db/query-executor';
import { AppError, ErrorCode } from '../errors';
import { checkOperationCost, OPERATION_LIMITS, operationLimits } from './limits/operation-limits';
import { createLogger, Logger } from '../logger';
import { playgroundRouter } from './playground/playground.router';
import { notFoundHandler, requestErrorHandler } from './errors/request-error-handler';
import { buildParleySchema } from './schema';
import { jitGateway } from './jit-executor';
import { answeredByOneStatement } from './read/one-statement';
import { boundedResponse } from './limits/response-size';
import { allowListPlugin, readOperationAllowList } from './limits/operation-allow-list';

/** The HTTP server, the Express app and the Apollo server of one Parley process. */
export interface ParleyServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  logger: Logger;
}

/**
 * Refuses an operation over the cost limit, tells the executor when the operation is one
 * statement (it then runs as an auto-commit transaction), closes each request's session, reports its round-trips in debug mode, and logs
 * one line per request: operation, duration, database round-trips and error codes (never
 * variables).
 */
const WARN_CODES: ReadonlySet<string> = new Set([
  ErrorCode.QUERY_TOO_LARGE,
  ErrorCode.DATABASE_TIMEOUT,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.INTERNAL_SERVER_ERROR,
]);

const requestLifecycle = (
  config: Config,
  logger: Logger,
  metrics: Metrics | undefined,
): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    const started = process.hrtime.bigint();
    return {
      async didResolveOperation({ contextValue, schema, document, operation, request }) {
        if (operation) checkOperationCost(schema, document, operation, request.variables);
        if (
          config.compiledReads &&
          operation &&
          answeredByOneStatement(schema, document, operation, request.variables)
        ) {
          contextValue.executor.expectOneStatement();
        }
      },
      async willSendResponse({ contextValue, response, operationName }) {
        await contextValue.executor.close();
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        if (config.debug && body) {
          body.extensions = {
            ...body.extensions,
            roundTrips: contextValue.executor.roundTrips,
            transactions: contextValue.executor.transactionCount,
          };
        }
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const errorCodes = (body?.errors ?? []).map((error) => String(error.extensions?.code));
        metrics?.graphqlRequest(operationName, errorCodes, durationMs / 1000);
        // A request the database could not answer, or could not answer in its limits, is worth
        // an operator's look; a client's own mistake is not.
        const level = errorCodes.some((code) => WARN_CODES.has(code)) ? 'warn' : 'info';
        logger[level]({
          msg: 'graphql request',
          requestId: contextValue.requestId,
          operationName: operationName ?? null,
          durationMs,
          roundTrips: contextValue.executor.roundTrips,
          errorCodes,
          status: response.http.status ?? 200,
        });
      },
    };
  },
});

/** The Express route's side of boundedResponse: Apollo's integration answers with `res.send`. */
function boundResponses(maxBytes: number, logger: Logger): express.RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== 'string') return send(body);
      const bounded = boundedResponse(body, maxBytes);
      if (bounded.cut)
        logger.warn({ msg: 'response too large', bytes: bounded.bytes, limit: maxBytes });
      return send(bounded.body);
    };
    next();
  };
}

/** Builds the Apollo server over the shared schema. Used by the HTTP server and by the tests. */
export async function createApollo(
  config: Config,
  logger: Logger = createLogger(config),
  httpServer?: http.Server,
  metrics?: Metrics,
): Promise<ApolloServer<Context>> {
  const production = config.env === 'production';
  const limits = operationLimits(production);
  const allowList = config.operationsFile ? readOperationAllowList(config.operationsFile) : null;
  return new ApolloServer<Context>({
    gateway: jitGateway(await buildParleySchema()),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.env === 'development',
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM: it drains, closes the driver and exits with the right code.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError: formatError(config, logger),
    ...(allowList ? { persistedQueries: { cache: allowList.cache } } : {}),
    plugins: [
      ...(allowList ? [allowListPlugin<Context>(allowList)] : []),
      ...limits.plugins,
      requestLifecycle(config, logger, metrics),
      // Apollo's default landing page loads from a CDN; Parley serves its own playground.
      ApolloServerPluginLandingPageDisabled(),
      // Parley sets no cache hints; the default cache-control plugin would still wrap every
      // field's resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      // On stop: refuse new connections, let in-flight requests finish within the grace period.
      ...(httpServer
        ? [
            ApolloServerPluginDrainHttpServer({
              httpServer,
              stopGracePeriodMillis: config.shutdownTimeoutMs,
            }),
          ]
        : []),
    ],
  });
}

/** Creates (but does not start listening) the HTTP server: playground, health and /graphql. */
export async function createServer(
  config: Config,
  driver: Driver,
  logger: Logger = createLogger(config),
): Promise<ParleyServer> {
  const app = express();
  app.disable('x-powered-by');
  // gzip or brotli, as the client accepts, for JSON and the playground's assets alike. A request
  // that accepts no encoding skips the middleware, which otherwise wraps every response's
  // methods to decide not to compress it (a visible share of a CPU profile, for clients that send none).
  // (compression is Connect middleware, typed for Express but using only Node's own objects.)
  const compress = compression() as unknown as NodeMiddleware;
  const compressIfAccepted: NodeMiddleware = (req, res, next) =>
    req.headers['accept-encoding'] ? compress(req, res, next) : next();
  // Browser tools on the listed origins may call the API; a preflight from any other origin gets
  // no CORS headers, so the browser refuses it. Apollo's CSRF prevention still applies to all.
  const crossOrigin: NodeMiddleware = cors({
    origin: [...config.http.corsOrigins],
    methods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      BOOKMARK_HEADER,
    ],
    maxAge: 600,
  });
  const headers = securityHeaders();
  const exports = exportRouter(config, driver, logger);
  const metrics = config.metrics
    ? createMetrics({ sessionsOpen: openSessionCount, exportsOpen: () => exports.gauge.open })
    : undefined;
  const limit = rateLimit({
    perWindow: config.rateLimit.perMinute,
    windowMs: 60_000,
    loopback: config.rateLimit.loopback,
  });
  // Who may read (everyone, unless a read token is set) and write (curators). Without a read
  // token no gate stands on the path of every request.
  const tokens = new CuratorTokens(config.curatorTokensFile);
  const readGates: NodeMiddleware[] = [];
  if (config.readToken) {
    const mayRead = readGate(config.readToken, tokens);
    readGates.push((req, res, next) => {
      if (req.method === 'OPTIONS') return next();
      try {
        mayRead(req);
      } catch (error) {
        return sendApiError(res, error as AppError);
      }
      next();
    });
  }
  app.use(requestId, headers, compressIfAccepted, crossOrigin, accessLog(logger, metrics));
  app.use(['/graphql', '/export', '/api'], limit, ...readGates);

  const httpServer = http.createServer();
  const apollo = await createApollo(config, logger, httpServer, metrics);
  await apollo.start();
  const context = async (req: http.IncomingMessage) =>
    createContext(config, driver, requestIdOf(req), bookmarksOf(req));
  const endpoint = graphqlEndpoint(apollo, {
    path: '/graphql',
    maxBodyBytes: OPERATION_LIMITS.maxBodyBytes,
    maxResponseBytes: config.maxResponseBytes,
    context,
    middleware: [requestId, headers, limit, compressIfAccepted, crossOrigin, ...readGates],
    logger,
  });
  // POST /graphql with a JSON body, nearly every request, skips the Express app; see the endpoint.
  httpServer.on('request', (req, res) =>
    endpoint.serves(req) ? endpoint.serve(req, res) : app(req, res),
  );

  // The rest of /graphql (preflights, GETs, other content types) first: its requests need not
  // be matched against the pages' routes, all of which are GETs of other paths.
  app.use(
    '/graphql',
    express.json({
      limit: OPERATION_LIMITS.maxBodyBytes,
      // Checked on the bytes: body-parser would decode invalid UTF-8 as U+FFFD.
      verify: (_req, _res, body) => {
        if (!isUtf8(body)) throw invalidUtf8();
      },
    }),
    boundResponses(config.maxResponseBytes, logger),
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );
  app.use(playgroundRouter('/graphql'));
  app.use(healthRouter(config, driver));
  if (metrics)
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  app.use(exports);
  // The graph's names the draft and import routes match against, kept per server.
  const gazetteers = new GazetteerCache(driver, config.neo4j.database, config.gazetteerMaxAgeMs);
  app.use(draftsRouter(config, logger, gazetteers));
  app.use(dossiersRouter(config, driver, logger, tokens, gazetteers));
  // A source map shows a page's sources to anyone: for development only.
  app.use(pagesRouter(undefined, { sourceMaps: config.env !== 'production' }));
  app.use(notFoundHandler);
  app.use(requestErrorHandler(logger));
  return { app, httpServer, apollo, logger };
}
