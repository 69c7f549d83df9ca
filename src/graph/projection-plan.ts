import type { WalkSpec } from '../model/walks';
import type { NodeRecord, RelationRecord } from './node-record';

/**
 * Which of a node's GraphQL types a field applies to, when a fragment narrows it: entity and event
 * types are told apart by `kind`, the others by label. Null: every node at that place.
 */
export interface NodeCondition {
  kinds: string[];
  labels: string[];
}

/** What to read of each node at one place of an answer: some properties and some fields. */
export interface NodePlan {
  /** Property keys to read; null reads every property an answer is made of (see nodeProps). */
  keys: string[] | null;
  /** Families of localised properties to read (`name_` reads name_en, name_ar …). */
  prefixes: string[];
  fields: NodeFieldPlan[];
}

/** What to read of each relationship a walk finds. */
export interface EdgePlan {
  /** Property keys to read; null reads them all. */
  keys: string[] | null;
  prefixes: string[];
  /** The node at the other end; every edge carries at least its id and labels. */
  other: NodePlan;
  fields: EdgeFieldPlan[];
}

interface FieldBase {
  /** The key this field's value has in the record (c0, c1 …): never a name from a request. */
  key: string;
  when: NodeCondition | null;
}

/** A field computed for each node: a walk, the node's evidence, its source, or its degree. */
export type NodeFieldPlan =
  | (FieldBase & { kind: 'walk'; walk: WalkSpec; edge: EdgePlan })
  | (FieldBase & { kind: 'evidence'; plan: NodePlan })
  | (FieldBase & { kind: 'source'; plan: NodePlan })
  | (FieldBase & { kind: 'degree'; types: readonly string[] });

/** A field computed for each relationship: its evidence or one of its ends. */
export type EdgeFieldPlan =
  | { kind: 'evidence'; key: string; plan: NodePlan }
  | { kind: 'end'; key: string; end: 'start' | 'end' | 'other'; plan: NodePlan };

/** A node as a compiled statement returns it: the record, and the values of its fields by key. */
export interface ProjectedNode extends NodeRecord {
  fields: Record<string, unknown>;
}

/** A relationship as a compiled statement returns it. */
export interface ProjectedRelation extends RelationRecord {
  other: ProjectedNode;
  fields: Record<string, unknown>;
}

/** The plan that reads a node's record and nothing else. */
export const recordOnly = (): NodePlan => ({ keys: [], prefixes: [], fields: [] });
