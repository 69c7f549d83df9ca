import type { NodeRecord } from './node-record';

/**
 * A slice of a node's evidence list, by position: the list is in the order its sources were
 * added, and ingest only ever appends to it, so a position stays put while sources are added.
 * `at` is the cursor's position (none: from the start, or from the end going backward), `limit`
 * how many positions at most.
 */
export interface EvidenceSlice {
  backward: boolean;
  at: number | null;
  limit: number;
}

/** A slice of a node's evidence: each span with its position, and the list's length. */
export interface EvidencePage {
  total: number;
  rows: Array<{ position: number; node: NodeRecord }>;
}

/**
 * Cypher that reads a slice of `x`'s evidence ids with their positions, as rows of `i` (the
 * position) and `e` (the evidence node), in reading order: forward from just after `at`, or
 * backward from just before it. The arguments are Cypher expressions (parameters). Only the
 * slice's ids are looked up, however long the list.
 */
export function evidenceSliceCypher(
  x: string,
  i: string,
  e: string,
  slice: { backward: string; at: string; limit: string },
): string {
  const ids = `${i}Ids`;
  const { backward } = slice;
  const at = `toInteger(${slice.at})`;
  const limit = `toInteger(${slice.limit})`;
  const end = `coalesce(${at}, size(${ids}))`;
  const start = `coalesce(${at}, -1) + 1`;
  return `WITH coalesce(${x}.evidenceIds, []) AS ${ids}
    UNWIND CASE WHEN ${backward}
      THEN range(${end} - 1, CASE WHEN ${end} - ${limit} > 0 THEN ${end} - ${limit} ELSE 0 END, -1)
      ELSE range(${start}, CASE WHEN ${start} + ${limit} < size(${ids}) THEN ${start} + ${limit} ELSE size(${ids}) END - 1)
    END AS ${i}
    MATCH (${e}:Node {id: ${ids}[${i}]})`;
}
