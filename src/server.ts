import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { Context, createContext } from './context';
import { ErrorCode, isAppError } from './errors';
import { playgroundRouter } from './playground/playground.router';
import { buildParleySchema } from './schema';

/** The HTTP server, the Express app and the Apollo server of one Parley process. */
export interface ParleyServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Closes each request's session and, in debug mode, reports its database round-trips. */
const requestLifecycle = (config: Config): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        await contextValue.executor.close();
        if (config.debug && response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            roundTrips: contextValue.executor.roundTrips,
          };
        }
      },
    };
  },
});

/**
 * Errors Parley raised keep their message and code; errors GraphQL or Apollo raised for a bad
 * request keep theirs; anything else becomes a bare INTERNAL_SERVER_ERROR outside development,
 * so clients never see stack traces, Cypher or driver messages.
 */
export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (isAppError(original) && original.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, ...own } = original.extensions;
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: own,
      };
    }
    if (
      !isAppError(original) &&
      extensions.code &&
      extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      return { ...formatted, extensions };
    }
    // The one place an unexpected error is seen in full; the client gets a bare code.
    console.error('Unexpected error:', (original as { cause?: unknown })?.cause ?? original);
    if (config.env === 'development') return formatted;
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Builds the Apollo server over the shared schema. Used by the HTTP server and by the tests. */
export async function createApollo(
  config: Config,
  httpServer?: http.Server,
): Promise<ApolloServer<Context>> {
  return new ApolloServer<Context>({
    schema: await buildParleySchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: formatError(config),
    plugins: [
      requestLifecycle(config),
      // Apollo's default landing page loads from a CDN; Parley serves its own playground.
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

/** Creates (but does not start listening) the HTTP server: playground, health and /graphql. */
export async function createServer(config: Config, driver: Driver): Promise<ParleyServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = await createApollo(config, httpServer);
  await apollo.start();

  app.use(playgroundRouter('/graphql'));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(config, driver) }),
  );
  return { app, httpServer, apollo };
}
