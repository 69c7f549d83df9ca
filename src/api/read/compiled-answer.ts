import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import type { NodeInterface } from '../types/node.interface';
import { toNodeModel, toRelationModel } from './models';
import type { ProjectedNode, ProjectedRelation } from '../../graph/projection-plan';
import type { RelationshipBase } from '../types/relationship.types';
import type { CompiledEdge, CompiledNode, FieldRead, FieldReader } from './selection-compiler';
import { isCompiledField } from './selection-compiler';
import { shapeWalk } from './walk-field';
import { walkConnection } from './walk-connections';
import { evidenceConnectionOf } from './evidence-connection';
import type { Evidence } from '../types/evidence.type';
import type { EvidencePage } from '../../graph/evidence-pages';

/** Where an object keeps the answers of its compiled fields, by response key. */
const COMPILED = Symbol('compiled');

interface Answer {
  types: ReadonlySet<string>;
  value: unknown;
}
type WithAnswers = { [COMPILED]?: Map<string, Answer[]> };

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

function attach(
  target: { id: string },
  typename: string,
  fields: Record<string, unknown>,
  readers: readonly FieldReader[],
): void {
  const answers = new Map<string, Answer[]>();
  for (const reader of readers) {
    if (!reader.types.has(typename)) continue;
    const value = read(reader.read, fields[reader.key], target.id);
    answers.set(reader.responseKey, [
      ...(answers.get(reader.responseKey) ?? []),
      { types: reader.types, value },
    ]);
  }
  (target as WithAnswers)[COMPILED] = answers;
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

/**
 * Makes every field the compiler can answer read its parent's compiled answer first; otherwise
 * its resolver runs (a parent reached by a path the compiler does not take, or a field it left
 * alone). Wrapping the schema's resolve functions, rather than a TypeGraphQL middleware, keeps a
 * compiled answer synchronous: graphql-js completes it without a promise.
 */
export function answerCompiledFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (!isCompiledField(type, name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        const answers = (root as WithAnswers | undefined)?.[COMPILED]?.get(info.path.key as string);
        const answer = answers?.find((a) => a.types.has(info.parentType.name));
        return answer ? answer.value : resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
