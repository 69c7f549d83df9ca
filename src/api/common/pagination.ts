import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { AppError, ErrorCode } from '../../errors';
import type { PageRequest } from '../../graph/keyset.repository';
import { boundedInt } from './arguments';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export function pageRequest(args: PageArgs): PageRequest {
  const first = boundedInt(args.first ?? DEFAULT_PAGE_SIZE, 'first', 1, MAX_PAGE_SIZE);
  return { first, after: args.after == null ? null : decodeCursor(args.after) };
}

// Cursors are opaque to clients; inside they hold the sort key and id of the last row of a page,
// so the next page seeks past them (keyset pagination: stable under inserts, no OFFSET scans).
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { key: string; id: string } {
  try {
    if (cursor.length > 800) throw new Error('too long');
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === 'string')
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // reported below
  }
  throw new AppError(ErrorCode.BAD_USER_INPUT, '"after" is not a cursor this API gave out.', {
    argument: 'after',
  });
}

/** Splits a page fetched with one extra row into the page and its PageInfo. */
export function toPage<T extends { id: string; sortKey: string }>(
  rows: T[],
  first: number,
): { items: T[]; pageInfo: PageInfo } {
  const items = rows.slice(0, first);
  const last = items[items.length - 1];
  return {
    items,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last.sortKey, last.id) : null,
    },
  };
}

/** Turns page rows into GraphQL objects, once the extra row is split off. */
export function pageOf<Row extends { id: string; sortKey: string }, T>(
  rows: Row[],
  first: number,
  toModels: (rows: Row[]) => T[],
): { nodes: T[]; pageInfo: PageInfo } {
  const { items, pageInfo } = toPage(rows, first);
  return { nodes: toModels(items), pageInfo };
}
