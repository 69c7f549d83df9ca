import type { EvidenceSlice } from './evidence-pages';
import type { WalkFilter, WalkSpec } from '../model/walks';
import type { NodeRecord, RelationRecord } from './node-record';

/**
 * Which of a node's GraphQL types a field applies to, when a fragment narrows it: entity and event
 * types are told apart by `kind`, the others by label. Null: every node at that place.
 */
export interface NodeCondition {
  kinds: string[];
  labels: string[];
}

/**
 * One language of a localised family, with fallbacks: the first of `langs` the node has (null
 * stands for the node's own `language`), else every language of the family. This is what
 * `name(lang:)` and its kin pick from, so one value crosses the wire instead of all of them.
 */
export interface LocalizedRead {
  prefix: string;
  langs: Array<string | null>;
}

/** Properties to read of a node or relationship. */
export interface PropsPlan {
  /** Property keys to read; null reads every property an answer is made of (see nodeProps). */
  keys: string[] | null;
  /** Families of localised properties to read whole (`name_` reads name_en, name_ar …). */
  prefixes: string[];
  /** Families of which one language is enough. */
  localized?: LocalizedRead[];
}

/** What to read of each node at one place of an answer: some properties and some fields. */
export interface NodePlan extends PropsPlan {
  fields: NodeFieldPlan[];
}

/** What to read of each relationship a walk finds. */
export interface EdgePlan extends PropsPlan {
  /** Columns of the relationship to read besides its properties, each once. */
  columns: Array<'id' | 'type' | 'direction'>;
  /** The node at the other end; every edge carries at least its id and labels. */
  other: NodePlan;
  fields: EdgeFieldPlan[];
}

interface FieldBase {
  /** The key this field's value has in the record (c0, c1 …): never a name from a request. */
  key: string;
  when: NodeCondition | null;
}

/** Where a page of a walk starts: past a relationship id, in either direction. */
export interface WalkSeek {
  backward: boolean;
  fromId: string | null;
}

/** A field computed for each node: a walk, the node's evidence, its source, or its degree. */
export type NodeFieldPlan =
  | (FieldBase & {
      kind: 'walk';
      walk: WalkSpec;
      /** What to keep of what the walk finds, and how many of those, in relationship id order. */
      filter: WalkFilter;
      limit: number;
      /** A page of the walk: past this relationship id, in this direction (limit holds one more). */
      seek?: WalkSeek;
      /** With the page, how many relationships the walk keeps (its totalCount). */
      count?: boolean;
      /** A page asked for nothing its relationships give (its totalCount alone): none is read. */
      countOnly?: boolean;
      edge: EdgePlan;
    })
  | (FieldBase & { kind: 'evidence'; plan: NodePlan; limit: number })
  /** A page of the node's evidence list, with each span's position and the list's length. */
  | (FieldBase & {
      kind: 'evidencePage';
      plan: NodePlan;
      slice: EvidenceSlice;
      /** Asked for its totalCount alone: no span is read. */
      countOnly?: boolean;
    })
  | (FieldBase & { kind: 'source'; plan: NodePlan })
  | (FieldBase & { kind: 'degree'; types: readonly string[] });

/** A field computed for each relationship: its evidence or one of its ends. */
export type EdgeFieldPlan =
  | { kind: 'evidence'; key: string; plan: NodePlan; limit: number }
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
