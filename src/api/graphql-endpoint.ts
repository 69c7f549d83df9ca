import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../logger';
import { requestErrorAnswer } from './errors/request-error-handler';
import { boundedResponse } from './limits/response-size';

/** A Connect-style middleware (CORS, compression), run on Node's own request and response. */
export type NodeMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface GraphQLEndpointOptions<TContext extends BaseContext> {
  /** The endpoint's path, `/graphql`. */
  path: string;
  maxBodyBytes: number;
  /** The most bytes of a response; see boundedResponse. */
  maxResponseBytes: number;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** Run in order before the body is read; each calls `next` to go on. */
  middleware: readonly NodeMiddleware[];
  logger: Logger;
}

/** The GraphQL endpoint's common case, served without the Express app; see `graphqlEndpoint`. */
export interface GraphQLEndpoint {
  /** Whether `serve` takes this request; every other request goes to the Express app. */
  serves(req: IncomingMessage): boolean;
  serve(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * Serves `POST /graphql` with a UTF-8 JSON body straight from Node's HTTP server to Apollo: the
 * request every client sends, and the only one worth its own path.
 *
 * Through Express, that request was routed, had its request and response objects re-prototyped,
 * its body read by body-parser (content-type parsing, charset decoding by iconv-lite, stream
 * bookkeeping) and its answer sent by `res.send`, which hashes every body for an ETag no POST is
 * ever revalidated with. Together that was a visible share of the server's busy time.
 * Here the body is read into one buffer, checked against the same size limit, decoded as UTF-8
 * and parsed; its failures get the same typed answers as the Express route's
 * (`requestErrorAnswer`).
 *
 * Everything else on `/graphql` (preflights, GETs, other content types, a charset other than
 * UTF-8, a content-encoding, a path below it) goes to the Express app, whose route there stays
 * the reference for those cases.
 */
export function graphqlEndpoint<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphQLEndpointOptions<TContext>,
): GraphQLEndpoint {
  const { path, maxBodyBytes, maxResponseBytes, context, middleware, logger } = options;
  const withQuery = `${path}?`;
  const fail = (res: ServerResponse, error: unknown) => {
    const answer = requestErrorAnswer(error);
    if (!answer.known) logger.error({ msg: 'unexpected request error', err: error });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, answer.status, JSON.stringify(answer.body));
  };
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readJsonBody(req, maxBodyBytes);
    const url = req.url ?? path;
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: headerMap(req),
        search: query < 0 ? '' : url.slice(query),
        body,
      },
      context: () => context(req),
    });
    await send(res, response, maxResponseBytes, logger);
  };
  return {
    serves: (req) =>
      req.method === 'POST' &&
      (req.url === path || req.url?.startsWith(withQuery) === true) &&
      isUtf8Json(req.headers['content-type']) &&
      (req.headers['content-encoding'] ?? 'identity') === 'identity',
    serve: (req, res) => {
      let index = 0;
      const next = (error?: unknown): void => {
        if (error !== undefined) return fail(res, error);
        const step = middleware[index++];
        if (step) return step(req, res, next);
        answer(req, res).catch((failure: unknown) => fail(res, failure));
      };
      next();
    },
  };
}

/** `application/json`, with no charset or with UTF-8: what body-parser would read as UTF-8. */
function isUtf8Json(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.toLowerCase().split(';');
  if (type.trim() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}

/** Bytes that are not UTF-8 are refused, never read as U+FFFD (which would change a query). */
export const invalidUtf8 = () =>
  bodyError('encoding.invalid', 400, 'request body is not valid UTF-8');

/** An error shaped as body-parser's, so that `requestErrorAnswer` tells it the same way. */
function bodyError(type: string, status: number, message: string): Error {
  return Object.assign(new Error(message), { type, status });
}

/**
 * Reads the body into one buffer, refusing it past `limit` bytes: at once when Content-Length
 * says so, or as soon as the bytes read pass it. The rest of a refused body is read and dropped
 * (by Node's server once the answer is sent), so the connection stays usable.
 */
function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => bodyError('entity.too.large', 413, 'request entity too large');
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      length += chunk.length;
      if (length > limit) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      try {
        const body = Buffer.concat(chunks, length);
        if (!isUtf8(body)) throw invalidUtf8();
        resolve(parseJson(body.toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    const aborted = () => bodyError('request.aborted', 400, 'request aborted');
    req.on('close', () => req.complete || reject(aborted()));
    req.on('error', () => reject(aborted()));
  });
}

/**
 * JSON, past a byte-order mark. Anything but an object Apollo refuses itself (BAD_REQUEST), as it
 * did behind body-parser's `strict` check; an empty body is not JSON.
 */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw bodyError('entity.parse.failed', 400, (error as Error).message);
  }
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function send(
  res: ServerResponse,
  response: HTTPGraphQLResponse,
  maxBytes: number,
  logger: Logger,
): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const bounded = boundedResponse(response.body.string, maxBytes);
    if (bounded.cut)
      logger.warn({ msg: 'response too large', bytes: bounded.bytes, limit: maxBytes });
    // Encoded once, where counting its bytes first and then writing it encodes it twice.
    const body = Buffer.from(bounded.body, 'utf8');
    res.setHeader('content-length', body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    res.write(chunk);
    // The compression middleware's, to send each part as it comes.
    (res as ServerResponse & { flush?: () => void }).flush?.();
  }
  res.end();
}

/** Sends a JSON body with its status, type and length, from Node's own response. */
export function sendJson(res: ServerResponse, status: number, json: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(json));
  res.end(json);
}
