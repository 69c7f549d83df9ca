import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { AppError, ErrorCode } from '../../errors';
import type { PageRequest } from '../../graph/keyset.repository';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import { boundedInt } from './arguments';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A relationship list field's size: its `first` (see walkLimit). */
export const DEFAULT_LIST_SIZE = 20;
export const MAX_LIST_SIZE = 100;
export const LIST_FIRST_ARG = {
  defaultValue: DEFAULT_LIST_SIZE,
  description: `The first n, in relationship id order: 1 to ${MAX_LIST_SIZE}. A node with more is read a page at a time through the field's Connection twin (officeHolders and lists of claims: relationsConnection, Query.claims), which takes the same filters.`,
} as const;

/** The same, for a list with an `orderBy` argument. */
export const ORDERED_LIST_FIRST_ARG = {
  ...LIST_FIRST_ARG,
  description: LIST_FIRST_ARG.description.replace('in relationship id order', 'in `orderBy` order'),
} as const;

export const EVIDENCE_FIRST_ARG = {
  defaultValue: DEFAULT_LIST_SIZE,
  description: `The first n spans, in the order the sources were added: 1 to ${MAX_LIST_SIZE}.`,
} as const;

/** How many items a list field with a `first` argument gives (BAD_USER_INPUT names `first`). */
export function listLimit(first: number | undefined): number {
  return boundedInt(first ?? DEFAULT_LIST_SIZE, 'first', 1, MAX_LIST_SIZE);
}

/** The options of every connection's `totalCount` field. */
export const TOTAL_COUNT = {
  description: 'The size of the whole set; counted only when asked for.',
};

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `The first n after \`after\`: 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `The last n before \`before\` (or of the whole list): 1 to ${MAX_PAGE_SIZE}.`,
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'The `startCursor` of the page after this one.',
  })
  before?: string;
}

@ObjectType('PageInfo', { description: 'Where a page is in its list.' })
export class PageInfo {
  @Field({
    description:
      'Whether a next page has anything on it. Paging backward: whether this page came before a cursor.',
  })
  hasNextPage!: boolean;

  @Field({
    description:
      'Whether a page before this one has anything on it. Paging forward: whether this page came after a cursor.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The first item's cursor, to pass as `before` for the page before; null when empty.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last item's cursor, to pass as `after` for the next page; null when empty.",
  })
  endCursor!: string | null;
}

/**
 * A page request: forward with first/after, backward with last/before. Mixing the two directions
 * is refused rather than guessed at.
 */
export function pageRequest(args: PageArgs): PageRequest {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    const argument = args.first != null ? 'first' : 'after';
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"${argument}" pages forward and "last"/"before" backward; give one pair.`,
      { argument },
    );
  }
  const size = backward
    ? boundedInt(args.last ?? DEFAULT_PAGE_SIZE, 'last', 1, MAX_PAGE_SIZE)
    : boundedInt(args.first ?? DEFAULT_PAGE_SIZE, 'first', 1, MAX_PAGE_SIZE);
  const cursor = backward ? args.before : args.after;
  return {
    size,
    backward,
    from: cursor == null ? null : decodeCursor(cursor, backward ? 'before' : 'after'),
  };
}

// Cursors are opaque to clients; inside they hold the sort key and id of a row, so a page seeks
// past them (keyset pagination: stable under inserts, no OFFSET scans).
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string): { key: string; id: string } {
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
  throw new AppError(ErrorCode.BAD_USER_INPUT, `"${argument}" is not a cursor this API gave out.`, {
    argument,
  });
}

/** What a connection's parts say of themselves in the schema. */
export interface ConnectionAbout {
  /** The connection type. */
  connection: string;
  /** Its `nodes`, and its `edges` (which add "each with its cursor"). */
  nodes: string;
  edges: string;
  /** The edge type, and its `node`. */
  edge: string;
  node: string;
}

// A cursor is opaque: it holds the sort key and id of its row, so a page seeks past it.
const CURSOR = 'Where this item is: pass it as `after` or `before` to page from here.';

/**
 * The GraphQL types of a connection of `item`s (a class or an interface class): `${name}Edge`
 * with its cursor and node, and a base with `nodes` (the shortcut), `edges` and `pageInfo`,
 * which the named connection extends (TypeGraphQL's generic types); `about` describes them.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL's ClassType of an interface class
export function connectionOf<T>(name: string, item: Function, about: ConnectionAbout) {
  @ObjectType(`${name}Edge`, { description: about.edge })
  class Edge {
    @Field({ description: CURSOR })
    cursor!: string;

    @Field(() => item, { description: about.node })
    node!: T;
  }

  // Registered only so that the classes extending it inherit its fields; nothing returns it, so
  // the schema does not list it.
  @ObjectType(`${name}ConnectionFields`)
  abstract class Connection implements Page<T> {
    @Field(() => [item], { description: about.nodes })
    nodes!: T[];

    @Field(() => [Edge], { description: about.edges })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page is, and whether there is more.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** A connection's page: its nodes, each with its cursor, and where it is. */
export interface Page<T> {
  nodes: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
}

/**
 * A connection of relationships read by a walk: the page, and the node and walk it pages, so
 * that `totalCount` counts the same set when it is asked for.
 */
export interface WalkConnection<T> extends Page<T> {
  owner: string;
  walk: RelationWalk;
  /** The count, when the compiled statement read it with the page. */
  total?: number;
}
