import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from '../../errors';

/** The request header that carries the bookmarks of writes a read must see. */
export const BOOKMARK_HEADER = 'x-parley-bookmark';

// Neo4j's bookmarks are short base64 tokens behind a prefix ("FB:kcwQ…").
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

/**
 * The bookmarks a request carries (comma-separated, or the header repeated): an ingest prints
 * them, and a read that sends them sees that write on whichever server of a cluster it is routed
 * to. An unusable header is the client's mistake (BAD_REQUEST), never silently dropped: the read
 * would answer without the write it asked to see.
 */
export function requestBookmarks(req: Pick<IncomingMessage, 'headers'>): string[] {
  const raw = req.headers[BOOKMARK_HEADER];
  if (raw === undefined) return [];
  const values = (Array.isArray(raw) ? raw.join(',') : raw)
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.length > MAX_BOOKMARKS || values.some((value) => !BOOKMARK.test(value)))
    throw new AppError(
      ErrorCode.BAD_REQUEST,
      `${BOOKMARK_HEADER} takes at most ${MAX_BOOKMARKS} bookmarks, comma-separated, as an ingest prints them.`,
    );
  return values;
}

/** The same for a GraphQL request, whose context may only throw a GraphQL error (400). */
export function bookmarksOf(req: IncomingMessage): string[] {
  try {
    return requestBookmarks(req);
  } catch (error) {
    const { message, code } = error as AppError;
    throw new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
  }
}
