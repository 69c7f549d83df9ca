import { AppError, ErrorCode } from '../../errors';

/** Throws NOT_FOUND for a node that a typed single-node query was asked for and that is not there. */
export function found<T>(node: T | null, id: string, what: string): T {
  if (node === null) throw new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });
  return node;
}
