import { ErrorCode } from '../../errors/error-code';

/**
 * The answer to send for a GraphQL response body: the body itself when it is within `limit`
 * bytes, else one typed error in its place (RESPONSE_TOO_LARGE, with the size and the limit), so
 * that a client never gets hundreds of megabytes nor a truncated document. The cost limit refuses
 * most such operations before they run (it counts large texts); this is the bound for the rest.
 */
export function boundedResponse(
  body: string,
  limit: number,
): { body: string; bytes: number; cut: boolean } {
  // A UTF-8 character is at most 3 bytes per UTF-16 code unit: most bodies need no counting.
  if (body.length * 3 <= limit) return { body, bytes: -1, cut: false };
  const bytes = Buffer.byteLength(body);
  if (bytes <= limit) return { body, bytes, cut: false };
  return {
    bytes,
    cut: true,
    body: JSON.stringify({
      errors: [
        {
          message:
            `The response would be ${bytes} bytes, over the limit of ${limit}. Ask for less: ` +
            'smaller pages, fewer aliases, no source text under lists.',
          extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, bytes, limit },
        },
      ],
      data: null,
    }),
  };
}
