import type { EdgePlan, NodePlan } from '../../graph/projection-plan';
import type { PageRequest } from '../../graph/keyset.repository';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import type { RelationshipBase } from '../types/relationship.types';
import type { FieldWalk } from './field-walks';

/**
 * A selection compiled: what the statement reads of each node and relationship (the plan that
 * src/graph/projection.repository.ts writes as Cypher), and how each field's value read back
 * becomes its answer (hydrate.ts). The compiler makes it; the writer and the reader both walk it.
 */

/** How one compiled field's stored value becomes the field's answer. */
export interface FieldReader {
  /** The key of the value in the record (see NodeFieldPlan). */
  key: string;
  /** The key of the field in the response (its alias, or its name). */
  responseKey: string;
  /** The GraphQL object types this value is for. */
  types: ReadonlySet<string>;
  read: FieldRead;
}

/** What a compiled field's value is made into, given the readers of the level below. */
export type FieldRead =
  | {
      kind: 'walk';
      def: FieldWalk;
      edge: CompiledEdge | null;
      node: CompiledNode | null;
    }
  | {
      kind: 'page';
      request: PageRequest;
      walk: RelationWalk;
      edge: CompiledEdge;
      /** The class of the page's relationship objects. */
      edgeClass: new () => RelationshipBase;
    }
  | { kind: 'evidencePage'; request: PageRequest; node: CompiledNode }
  | { kind: 'nodes'; node: CompiledNode }
  | { kind: 'node'; node: CompiledNode }
  | { kind: 'value' };

export interface CompiledNode {
  plan: NodePlan;
  readers: FieldReader[];
}

export interface CompiledEdge {
  plan: EdgePlan;
  readers: FieldReader[];
}
