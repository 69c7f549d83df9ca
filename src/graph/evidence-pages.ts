import { EVIDENCE_LINK } from '../model/vocabulary';
import type { NodeRecord } from './node-record';

/**
 * A slice of a node's evidence, by position: positions follow the order its sources were added,
 * and ingest only ever adds after the last, so a position stays put while sources are added.
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

/** How many evidence spans node `x` rests on, from its degree by type: counted, not read. */
export const evidenceCount = (x: string) => `COUNT { (${x})-[:${EVIDENCE_LINK}]->() }`;

/**
 * Rows of `e`, the evidence at each position `i` of node `x` in `positions` (a Cypher list), in
 * that order. Each is one seek of the index on the link's (startId, position): a hub's tens of
 * thousands of links are never walked. The hint keeps the planner from expanding `x` instead,
 * which its estimate (a few links per node) would pick, and which is what a hub cannot afford.
 */
function evidenceAt(x: string, i: string, e: string, positions: string): string {
  const link = `${i}Link`;
  return `UNWIND ${positions} AS ${i}
    MATCH ()-[${link}:${EVIDENCE_LINK} {startId: ${x}.id, position: ${i}}]->(${e})
    USING INDEX ${link}:${EVIDENCE_LINK}(startId, position)`;
}

/**
 * Cypher that reads a slice of `x`'s evidence with its positions, as rows of `i` (the position)
 * and `e` (the evidence node), in reading order: forward from just after `at`, or backward from
 * just before it. The arguments are Cypher expressions (parameters). Only the slice's positions
 * are looked up, however many there are; going forward, positions past the last find nothing.
 */
export function evidenceSliceCypher(
  x: string,
  i: string,
  e: string,
  slice: { backward: string; at: string; limit: string },
): string {
  const total = evidenceCount(x);
  const { backward } = slice;
  const at = `toInteger(${slice.at})`;
  const limit = `toInteger(${slice.limit})`;
  const end = `coalesce(${at}, ${total})`;
  const start = `coalesce(${at}, -1) + 1`;
  return evidenceAt(
    x,
    i,
    e,
    `CASE WHEN ${backward}
      THEN range(${end} - 1, CASE WHEN ${end} - ${limit} > 0 THEN ${end} - ${limit} ELSE 0 END, -1)
      ELSE range(${start}, ${start} + ${limit} - 1)
    END`,
  );
}

/** Cypher rows of `e`, the first `limit` (an expression) evidence spans of node `x`, in order. */
export const firstEvidenceCypher = (x: string, i: string, e: string, limit: string) =>
  evidenceAt(
    x,
    i,
    e,
    `range(0, CASE WHEN toInteger(${limit}) < ${evidenceCount(x)} THEN toInteger(${limit}) ELSE ${evidenceCount(x)} END - 1)`,
  );
