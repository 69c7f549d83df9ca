import { Neo4jError, type Driver } from 'neo4j-driver';

export type DatabaseCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether Neo4j answers within the timeout with its indexes online: a server that answers while
 * its indexes are still populating (after a restart or a schema change) gives wrong or failing
 * answers to search, so it is not ready yet. The reason says which way it failed in words an
 * operator can act on, with Neo4j's error code but no internals.
 */
export async function checkDatabase(
  driver: Driver,
  database: string,
  timeoutMs: number,
): Promise<DatabaseCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseCheck>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          reason:
            `Neo4j did not answer within ${timeoutMs} ms: it is overloaded, or every pooled ` +
            'connection is taken.',
        }),
      timeoutMs,
    );
  });
  // An auto-commit statement in a session of its own: the driver retries managed transactions
  // (executeQuery) on a lost connection for seconds, which would turn "not reachable" into "no
  // answer in time" and keep a load balancer waiting.
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const probe = session
    .run(
      "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN collect(name + ' ' + state) AS waiting",
    )
    .then(({ records }): DatabaseCheck => {
      const waiting = records[0]?.get('waiting') as string[] | undefined;
      return waiting && waiting.length > 0
        ? { ok: false, reason: `Neo4j indexes are not online yet: ${waiting.join(', ')}.` }
        : { ok: true };
    })
    .catch((error: unknown): DatabaseCheck => ({ ok: false, reason: reasonOf(error, database) }))
    .finally(() => session.close().catch(() => undefined));
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function reasonOf(error: unknown, database: string): string {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized')
    return 'Neo4j refused the credentials (NEO4J_USER, NEO4J_PASSWORD).';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return `Neo4j has no database "${database}" (NEO4J_DATABASE).`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    return 'Neo4j is not reachable (connection refused or lost).';
  return `Neo4j answered with an error${code ? ` (${code})` : ''}.`;
}
