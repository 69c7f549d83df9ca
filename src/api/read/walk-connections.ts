import {
  Args,
  Ctx,
  FieldResolver,
  getMetadataStorage,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  connectionOf,
  type ConnectionAbout,
  PageArgs,
  pageRequest,
  type WalkConnection,
} from '../types/pagination';
import { toRelationModel, walkConnection } from './hydrate';
import type { Context } from '../context';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import type { PageRequest } from '../../graph/keyset.repository';
import { FIELD_WALKS, type FieldWalk } from './field-walks';
import {
  Leadership,
  Membership,
  Participation,
  Position,
  Relation,
  RelationshipBase,
  Representation,
  Role,
} from '../types/relationship.types';

/** A class, abstract ones (the interfaces' classes) included. */
type AnyClass = abstract new (...args: never[]) => object;

// Arguments as graphql-js hands them to a resolver.
type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `${name}Connection` of relationship objects of one class, with `totalCount` on demand. */
export function walkConnectionOf<T extends RelationshipBase>(name: string, item: new () => T) {
  const about: ConnectionAbout = {
    connection: `A page of ${name === 'Relation' ? 'relationships' : `${name} relationships`}.`,
    nodes: 'The relationships of this page, in relationship id order.',
    edges: 'The relationships of this page, each with its cursor.',
    edge: 'A relationship on a page, with its place in the list.',
    node: 'The relationship.',
  };
  @ObjectType(`${name}Connection`, { description: about.connection })
  class Connection extends connectionOf<T>(name, item, about) implements WalkConnection<T> {
    owner!: string;
    walk!: RelationWalk;
    total?: number;
  }

  @Resolver(() => Connection)
  class CountResolver {
    @FieldResolver(() => Int, {
      description:
        "How many relationships the walk keeps; counted only when asked for, from the node's degree by type unless a filter is given.",
    })
    totalCount(@Root() connection: Connection, @Ctx() ctx: Context) {
      if (connection.total !== undefined) return connection.total;
      return ctx.loaders.relationCounts.load({ id: connection.owner, walk: connection.walk });
    }
  }
  return { Connection, CountResolver };
}

/**
 * A page of a node's relationships through the request's loader (a parent that is not compiled:
 * see SelectionCompiler.relationsPage), one statement per field and arguments whatever the
 * number of parents, in the request's transaction.
 */
export async function loadWalkPage<T extends RelationshipBase>(
  ctx: Context,
  owner: string,
  walk: RelationWalk,
  page: PageRequest,
  EdgeClass: new () => T,
): Promise<WalkConnection<T>> {
  const rows = await ctx.loaders.relationPages.load({ id: owner, walk, page });
  return walkConnection(rows, page, (row) => toRelationModel(row, EdgeClass), owner, walk);
}

/** The walk of a typed list's page: the list's own walk and filter, from the page's arguments. */
export function pagedWalk(def: FieldWalk, args: Args): RelationWalk {
  return { ...def.walk(args), filter: def.filter?.(args) ?? {} };
}

const CONNECTED = [
  ['Relation', Relation],
  ['Participation', Participation],
  ['Role', Role],
  ['Leadership', Leadership],
  ['Membership', Membership],
  ['Position', Position],
  ['Representation', Representation],
] as const;

/** The relationship object types with a connection: `${name}Connection` and `${name}Edge`. */
export const CONNECTED_TYPES: readonly string[] = CONNECTED.map(([name]) => name);

const CONNECTION_OF = new Map<AnyClass, ReturnType<typeof walkConnectionOf>>(
  CONNECTED.map(([name, item]) => [item, walkConnectionOf(name, item)]),
);

/** The connection type and `totalCount` resolver of relationship objects of one class. */
export function connectionFor(item: AnyClass): ReturnType<typeof walkConnectionOf> {
  const found = CONNECTION_OF.get(item);
  if (!found) throw new Error(`no connection of ${item.name}`);
  return found;
}

// The parts of TypeGraphQL's metadata read here (exported as getMetadataStorage, typed loosely).
interface TypeMetadata {
  name: string;
  target: AnyClass;
}
interface Storage {
  objectTypes: TypeMetadata[];
  interfaceTypes: TypeMetadata[];
}

/** The class TypeGraphQL built a GraphQL object or interface type from, by the type's name. */
function classOfType(name: string): AnyClass {
  const storage = getMetadataStorage() as unknown as Storage;
  const found = [...storage.objectTypes, ...storage.interfaceTypes].find((t) => t.name === name);
  if (!found) throw new Error(`no GraphQL type ${name}`);
  return found.target;
}

/**
 * The typed lists with a connection twin, as the walk table marks them (FieldWalk.twin): the
 * same walk and filter (and the same arguments but `first`) a page at a time, in the same
 * relationship id order, with cursors that stay put as sources are added.
 */
const PAGED = (Object.keys(FIELD_WALKS) as Array<keyof typeof FIELD_WALKS>).flatMap((type) =>
  Object.entries(FIELD_WALKS[type] as Record<string, FieldWalk>)
    .filter(([, def]) => def.twin)
    .map(([field, def]) => ({ type, field, def, args: def.twin! })),
);

export const CONNECTION_SUFFIX = 'Connection';

/** `Type.field` of each typed list with a connection twin (an interface's holds for its implementations). */
export const PAGED_LISTS: ReadonlySet<string> = new Set(
  PAGED.map(({ type, field }) => `${type}.${field}`),
);

/** The class of the objects a typed list gives. */
export function edgeClassOf(def: FieldWalk): new () => RelationshipBase {
  if (typeof def.shape !== 'object') throw new Error('a paged list gives relationships');
  return def.shape.edge;
}

function pagedListResolver(
  type: string,
  field: string,
  def: FieldWalk,
  ArgsClass: typeof PageArgs,
) {
  const EdgeClass = edgeClassOf(def);
  const { Connection } = connectionFor(EdgeClass);

  // The method is named as the field: TypeGraphQL finds a field's resolver method by its name
  // among all the resolvers of a type, so two connections of one type need two names. A name
  // made at run time cannot carry decorators in the class body; they are applied here, in the
  // order TypeScript applies them (parameters, method, class).
  const name = `${field}${CONNECTION_SUFFIX}`;
  class PagedListResolver {}
  const prototype = PagedListResolver.prototype;
  Object.defineProperty(prototype, name, {
    configurable: true,
    writable: true,
    value(
      node: { id: string },
      ctx: Context,
      args: Args,
    ): Promise<WalkConnection<RelationshipBase>> {
      return loadWalkPage(ctx, node.id, pagedWalk(def, args), pageRequest(args), EdgeClass);
    },
  });
  Args(() => ArgsClass)(prototype, name, 2);
  Ctx()(prototype, name, 1);
  Root()(prototype, name, 0);
  FieldResolver(() => Connection, {
    name,
    description: `\`${field}\` a page at a time, in relationship id order, with its filters and \`totalCount\`.`,
  })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
  // The type's class, looked up when the schema is built (every type is declared by then).
  Resolver(() => classOfType(type))(PagedListResolver);
  return PagedListResolver;
}

/** The resolvers of the typed lists' connections and of their `totalCount`s. */
export const WALK_CONNECTION_RESOLVERS: Array<new () => object> = [
  ...PAGED.map(({ type, field, def, args }) => pagedListResolver(type, field, def, args)),
  ...[...CONNECTION_OF.values()].map(({ CountResolver }) => CountResolver),
];
