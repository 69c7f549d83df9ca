import type { QueryExecutor } from '../../db/query-executor';
import { aliasValues, localizedValues } from '../../model/localized-text';

/** An entity's names as a draft matches them: every name and alias, in every language. */
export interface NamedEntity {
  id: string;
  kind: string;
  names: Record<string, string>;
  aliases: Array<{ lang: string; value: string }>;
}

/**
 * Every entity the graph holds now (retracted ones have lost their label), with its names and
 * aliases, streamed so that a large graph is read in batches.
 */
export async function readNamedEntities(
  executor: QueryExecutor,
  each: (entity: NamedEntity) => void,
): Promise<number> {
  return executor.stream<{
    id: string;
    kind: string;
    names: Array<[string, string]>;
    aliases: string[] | null;
  }>(
    `MATCH (n:Entity)
     RETURN n.id AS id, n.kind AS kind, n.aliases AS aliases,
            [k IN keys(n) WHERE k STARTS WITH 'name_' | [k, n[k]]] AS names`,
    {},
    (row) => {
      const props = Object.fromEntries(row.names);
      const names = Object.fromEntries(
        localizedValues(props, 'name').map((n) => [n.lang, n.value]),
      );
      each({ id: row.id, kind: row.kind, names, aliases: aliasValues({ aliases: row.aliases }) });
    },
  );
}
