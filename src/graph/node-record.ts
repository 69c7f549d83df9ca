/** A node as read from Neo4j: its global id, labels and flat properties. */
export interface NodeRecord {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** A relationship as read from one of its ends. */
export interface RelationRecord {
  id: string;
  type: string;
  /** OUT when the node it was read from is the start of the relationship. */
  direction: 'OUT' | 'IN';
  fromId: string;
  toId: string;
  props: Record<string, unknown>;
  evidenceIds: string[];
  /** The node at the other end. */
  other: NodeRecord;
}

/** Properties read as [key, value] pairs (keys first, see nodeProps), as a map. */
export function propsFromPairs(props: unknown): Record<string, unknown> {
  return Array.isArray(props)
    ? Object.fromEntries(props as Array<[string, unknown]>)
    : (props as Record<string, unknown>);
}

/** A node as a statement returns it: its properties as pairs (see nodeProps). */
export type StoredNode = Omit<NodeRecord, 'props'> & { props: unknown };

/** A relationship as a statement returns it, with its other end as pairs. */
export type StoredRelation = Omit<RelationRecord, 'other'> & { other: StoredNode };

export function nodeFromStored(node: StoredNode): NodeRecord {
  return { ...node, props: propsFromPairs(node.props) };
}

export function relationFromStored(relation: StoredRelation): RelationRecord {
  return { ...relation, other: nodeFromStored(relation.other) };
}
