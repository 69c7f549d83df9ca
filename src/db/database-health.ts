import type { Driver } from 'neo4j-driver';

export type DatabaseCheck = { ok: true } | { ok: false; reason: string };

/** Whether Neo4j answers within the timeout; the reason says which way it failed, no internals. */
export async function checkDatabase(
  driver: Driver,
  database: string,
  timeoutMs: number,
): Promise<DatabaseCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseCheck>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `Neo4j did not answer within ${timeoutMs} ms.` }),
      timeoutMs,
    );
  });
  const probe = driver
    .executeQuery('RETURN 1 AS ok', {}, { database, routing: 'READ' })
    .then((): DatabaseCheck => ({ ok: true }))
    .catch((): DatabaseCheck => ({ ok: false, reason: 'Neo4j is not reachable.' }));
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
