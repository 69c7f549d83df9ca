import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../../logger';
import { ErrorCode } from '../../errors/error-code';

// body-parser's error types (which the GraphQL endpoint's own reader uses too), and what a
// client is told about each.
const BODY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  'entity.too.large': {
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is too large.',
  },
  'entity.parse.failed': {
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is not valid JSON.',
  },
  'charset.unsupported': {
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body must be UTF-8.',
  },
  'encoding.invalid': {
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is not valid UTF-8.',
  },
  'encoding.unsupported': { code: ErrorCode.BAD_REQUEST, message: 'Unsupported content encoding.' },
  'request.aborted': { code: ErrorCode.BAD_REQUEST, message: 'The request was aborted.' },
};

/** A request that failed before GraphQL saw it: its HTTP status and its GraphQL-shaped body. */
export interface RequestErrorAnswer {
  status: number;
  known: boolean;
  body: { errors: Array<{ message: string; extensions: { code: ErrorCode } }> };
}

/**
 * What a client is told of an error met before GraphQL saw its request: a typed code for the
 * known body errors (`type` and `status` as body-parser sets them), 500 for anything else.
 */
export function requestErrorAnswer(error: unknown): RequestErrorAnswer {
  const known = BODY_ERRORS[(error as { type?: string }).type ?? ''];
  return {
    status: known ? ((error as { status?: number }).status ?? 400) : 500,
    known: known !== undefined,
    body: {
      errors: [
        known
          ? { message: known.message, extensions: { code: known.code } }
          : {
              message: 'Internal server error.',
              extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
            },
      ],
    },
  };
}

/** Any path Parley does not serve: a typed JSON 404, not Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({
    errors: [
      {
        message: `Nothing is served at ${req.method} ${req.path}; the API is POST /graphql.`,
        extensions: { code: ErrorCode.NOT_FOUND },
      },
    ],
  });
};

/**
 * Errors before GraphQL sees a request (body too large, malformed JSON, wrong charset) answered
 * as GraphQL-shaped JSON with a typed code, never as an HTML page.
 */
export function requestErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const answer = requestErrorAnswer(error);
    if (!answer.known) logger.error({ msg: 'unexpected request error', err: error });
    res.status(answer.status).json(answer.body);
  };
}
