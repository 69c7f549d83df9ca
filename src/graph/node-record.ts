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
