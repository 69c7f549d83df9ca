import type { EvidencePage } from '../../graph/evidence-pages';
import type { PageRequest } from '../../graph/keyset.repository';
import type { NodeRecord, RelationRecord } from '../../graph/node-record';
import type { ProjectedNode, ProjectedRelation } from '../../graph/projection-plan';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import { basisOf } from '../../model/localized-text';
import { Claim } from '../types/claim.type';
import { ENTITY_CLASSES } from '../types/entity.types';
import { EVENT_CLASSES } from '../types/event.types';
import type { EvidenceConnection } from '../types/evidence-connection.type';
import { Evidence } from '../types/evidence.type';
import { fuzzyDateOf } from '../types/fuzzy-date.type';
import type { NodeInterface } from '../types/node.interface';
import { encodeCursor, type Page, type WalkConnection } from '../types/pagination';
import type { RelationshipBase } from '../types/relationship.types';
import { Source } from '../types/source.type';
import type { CompiledEdge, CompiledNode, FieldRead, FieldReader } from './compiled-plan';
import type { FieldWalk } from './field-walks';

/*
 * Records in, GraphQL objects out: every object the API answers with is made here, from a
 * node's or relationship's record, with the answers of its compiled fields attached and its pages
 * assembled. A compiled answer is hydrated level by level without leaving this file; resolvers
 * and loaders use the same constructors, so both paths give the same objects.
 */

// Models: a record as the object of its GraphQL type.

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Turns a stored node into the GraphQL object of its type, or null for an unknown kind. */
export function toNodeModel(record: NodeRecord | null | undefined): NodeInterface | null {
  if (!record) return null;
  const { id, labels, props } = record;
  const base = { id, props };
  if (labels.includes('Entity')) {
    const kind = props.kind as keyof typeof ENTITY_CLASSES;
    const EntityClass = ENTITY_CLASSES[kind];
    return EntityClass ? Object.assign(new EntityClass(), base, { typename: kind, kind }) : null;
  }
  if (labels.includes('Event')) {
    const kind = props.kind as keyof typeof EVENT_CLASSES;
    const EventClass = EVENT_CLASSES[kind];
    if (!EventClass) return null;
    return Object.assign(new EventClass(), base, {
      typename: EventClass.name,
      kind,
      date: fuzzyDateOf(props),
      round: num(props.round),
      format: str(props.format),
    });
  }
  if (labels.includes('Claim')) {
    return Object.assign(new Claim(), base, {
      typename: 'Claim',
      mode: props.mode,
      language: props.language,
      channel: str(props.channel),
      date: fuzzyDateOf(props),
    });
  }
  if (labels.includes('Evidence')) {
    return Object.assign(new Evidence(), base, {
      typename: 'Evidence',
      quote: props.quote,
      start: props.start,
      end: props.end,
      sourceId: props.sourceId,
    });
  }
  if (labels.includes('Source')) {
    return Object.assign(new Source(), base, {
      typename: 'Source',
      language: props.language,
      publishedOn: props.publishedOn,
      publisher: str(props.publisher),
      sha256: props.sha256,
      characterCount: props.characterCount,
      author: str(props.author),
      url: str(props.url),
      copyKind: str(props.copyKind),
      countsAs: str(props.independenceKey),
    });
  }
  return null;
}

/** Turns a stored relationship into a GraphQL relationship object of the given class. */
export function toRelationModel<T extends RelationshipBase>(
  relation: RelationRecord,
  EdgeClass: new () => T,
): T {
  const { props } = relation;
  return Object.assign(new EdgeClass(), {
    id: relation.id,
    type: relation.type,
    typename: EdgeClass.name,
    fromId: relation.fromId,
    toId: relation.toId,
    otherId: relation.other.id,
    direction: relation.direction,
    evidenceIds: relation.evidenceIds,
    props,
    asOf: str(props.asOf),
    validFrom: str(props.validFrom),
    validTo: str(props.validTo),
    extent: str(props.extent),
    role: str(props.role),
    stance: str(props.stance),
    strength: str(props.strength),
    qualifiers: Array.isArray(props.qualifiers) ? props.qualifiers : [],
    disputed: props.disputed === true,
    basis: basisOf(props),
    attestedById: str(props.attestedBy),
  });
}

/**
 * Turns the relationships a walk found into the field's value. Shared by the resolvers and by
 * compiled answers, which both read them filtered and cut in Cypher (see walkFilterCypher), so
 * that both give the same objects.
 */
export function shapeWalk<R extends RelationRecord>(
  def: FieldWalk,
  relations: readonly R[],
  node: (relation: R) => NodeInterface | null,
  edge: (relation: R, EdgeClass: new () => RelationshipBase) => RelationshipBase,
): unknown {
  if (def.shape === 'nodes') return relations.map(node).filter((x) => x !== null);
  if (def.shape === 'node') return relations.length > 0 ? node(relations[0]) : null;
  const { edge: EdgeClass } = def.shape;
  return relations.map((relation) => edge(relation, EdgeClass));
}

/**
 * A page fetched with one extra row (in reading order: backward pages come last row first),
 * as GraphQL objects in list order. Reading forward past a cursor there is a page before it, and
 * reading backward before one there is a page after it: the cursor's own row was on it.
 */
export function pageOf<Row extends { id: string; sortKey: string }, T>(
  rows: Row[],
  page: PageRequest,
  toModel: (row: Row) => T | null,
): Page<T> {
  const more = rows.length > page.size;
  const items = rows.slice(0, page.size);
  if (page.backward) items.reverse();
  // A row of a kind the API does not know has no object; its cursor still bounds the page.
  const edges = items.flatMap((row) => {
    const node = toModel(row);
    return node === null ? [] : [{ cursor: encodeCursor(row.sortKey, row.id), node }];
  });
  const first = items[0];
  const last = items[items.length - 1];
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.from !== null : more,
      hasPreviousPage: page.backward ? more : page.from !== null,
      startCursor: first ? encodeCursor(first.sortKey, first.id) : null,
      endCursor: last ? encodeCursor(last.sortKey, last.id) : null,
    },
  };
}

/** A page of relationships as a connection of `EdgeClass` objects (both the resolver's and a compiled answer's). */
export function walkConnection<R extends { id: string }, T>(
  rows: readonly R[],
  page: PageRequest,
  toNode: (row: R) => T,
  owner: string,
  walk: RelationWalk,
  total?: number,
): WalkConnection<T> {
  return {
    ...pageOf(
      rows.map((row) => ({ ...row, sortKey: row.id })),
      page,
      toNode,
    ),
    owner,
    walk,
    total,
  };
}

// A cursor's key is the span's position in the list, written so that keys sort as positions.
const positionKey = (position: number) => String(position).padStart(10, '0');

/** The connection of a slice read for a page request. */
export function evidenceConnectionOf(
  read: EvidencePage,
  page: PageRequest,
  toEvidence: (row: EvidencePage['rows'][number]) => Evidence | null,
): EvidenceConnection {
  const rows = read.rows.map((row) => ({
    ...row,
    id: row.node.id,
    sortKey: positionKey(row.position),
  }));
  return { ...pageOf(rows, page, toEvidence), totalCount: read.total };
}

/** Where an object keeps the answers of its compiled fields. */
const COMPILED = Symbol('compiled');

/** A compiled field's answer, for a response key and the parent types it was asked on. */
interface Answer {
  responseKey: string;
  types: ReadonlySet<string>;
  value: unknown;
}
type WithAnswers = { [COMPILED]?: Answer[] };

/** The GraphQL object of a node a compiled statement returned, with its fields' answers. */
export function hydrateNode(
  record: ProjectedNode | null | undefined,
  compiled: CompiledNode,
): NodeInterface | null {
  const model = toNodeModel(record);
  if (!model || !record) return null;
  attach(model, model.typename, record.fields, compiled.readers);
  return model;
}

function hydrateEdge(
  record: ProjectedRelation,
  EdgeClass: new () => RelationshipBase,
  compiled: CompiledEdge,
): RelationshipBase {
  const model = toRelationModel(record, EdgeClass);
  attach(model, model.typename, record.fields, compiled.readers);
  return model;
}

// A list, not a map: an object has a few compiled fields, and an answer is made of thousands of
// objects, most with none.
function attach(
  target: { id: string },
  typename: string,
  fields: Record<string, unknown>,
  readers: readonly FieldReader[],
): void {
  let answers: Answer[] | undefined;
  for (const reader of readers) {
    if (!reader.types.has(typename)) continue;
    const value = read(reader.read, fields[reader.key], target.id);
    (answers ??= []).push({ responseKey: reader.responseKey, types: reader.types, value });
  }
  if (answers) (target as WithAnswers)[COMPILED] = answers;
}

function read(how: FieldRead, value: unknown, owner: string): unknown {
  switch (how.kind) {
    case 'page': {
      // As a connection's resolver gives it: the page, and what totalCount counts (counted in
      // the statement when it was asked for).
      const { page, total } = (value ?? { page: [], total: null }) as {
        page: ProjectedRelation[];
        total: number | null;
      };
      return walkConnection(
        page,
        how.request,
        (row) => hydrateEdge(row, how.edgeClass, how.edge),
        owner,
        how.walk,
        total ?? undefined,
      );
    }
    case 'evidencePage':
      return evidenceConnectionOf(
        value as EvidencePage,
        how.request,
        (row) => hydrateNode(row.node as ProjectedNode, how.node) as Evidence | null,
      );
    case 'value':
      return value;
    case 'node':
      return hydrateNode(value as ProjectedNode | null, how.node);
    case 'nodes':
      return ((value ?? []) as ProjectedNode[])
        .map((record) => hydrateNode(record, how.node))
        .filter((node) => node !== null);
    case 'walk':
      return shapeWalk(
        how.def,
        (value ?? []) as ProjectedRelation[],
        (relation) => hydrateNode(relation.other, how.node!),
        (relation, EdgeClass) => hydrateEdge(relation, EdgeClass, how.edge!),
      );
  }
}

/** What `compiledAnswerOf` gives when the statement answered nothing for the field. */
export const NO_ANSWER = Symbol('no compiled answer');

/**
 * The answer a compiled statement gave for a field of `root`, by response key and parent type
 * (the first one attached, as the readers are listed); `NO_ANSWER` when it gave none (the
 * field's resolver then runs).
 */
export function compiledAnswerOf(root: unknown, responseKey: string, parentType: string): unknown {
  const answers = (root as WithAnswers | undefined)?.[COMPILED];
  if (answers)
    for (const answer of answers)
      if (answer.responseKey === responseKey && answer.types.has(parentType)) return answer.value;
  return NO_ANSWER;
}

/** A root list's page of nodes, each hydrated with the compiled selection's answers. */
export function hydratedPage<T extends NodeInterface>(
  rows: Array<ProjectedNode & { sortKey: string }>,
  page: PageRequest,
  compiled: CompiledNode,
): Page<T> {
  return pageOf(rows, page, (row) => hydrateNode(row, compiled) as T | null);
}
