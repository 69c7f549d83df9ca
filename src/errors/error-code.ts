/** Every error a client can see carries one of these codes in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT = 'DATABASE_TIMEOUT',
  /** The read needed more memory than Neo4j lets one transaction have: ask for less. */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** The answer would be more bytes than one response may carry: ask for less. */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
  /** The operation exceeds a limit on depth, cost, aliases, tokens or directives. */
  OPERATION_LIMIT_EXCEEDED = 'OPERATION_LIMIT_EXCEEDED',
  /** The HTTP request itself is unusable: malformed JSON, wrong charset or media type. */
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A mutation or subscription: the API only reads. */
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  /** The server runs only listed operations (PARLEY_OPERATIONS_FILE), and this one is not listed. */
  OPERATION_NOT_ALLOWED = 'OPERATION_NOT_ALLOWED',
  /** Too many requests of a kind at once, or from one client: try again after `Retry-After`. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INVALID_DOSSIER = 'INVALID_DOSSIER',
  /** A write without a curator token, or with one the server does not know (401). */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A write to a server that takes none: no curator tokens are configured (403). */
  FORBIDDEN = 'FORBIDDEN',
  CONFIGURATION_ERROR = 'CONFIGURATION_ERROR',
  LOCAL_NEO4J_FAILED = 'LOCAL_NEO4J_FAILED',
  /** A page asked of a server started without its build (`npm run build` makes it). */
  NOT_BUILT = 'NOT_BUILT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
