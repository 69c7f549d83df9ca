import { Session, Transaction } from 'neo4j-driver';

/**
 * Counts the Cypher statements a process sends, at the driver: every `run` of a transaction or a
 * session. The peers have no counter of their own, so the bench reads this one.
 */
export function countStatements(): () => number {
  let count = 0;
  for (const proto of [Transaction.prototype, Session.prototype] as Array<{ run: unknown }>) {
    const run = proto.run as (...args: unknown[]) => unknown;
    proto.run = function (this: unknown, ...args: unknown[]) {
      count += 1;
      return run.apply(this, args);
    };
  }
  return () => count;
}
