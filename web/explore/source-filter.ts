import { meetsGrade, outletGrade } from '../../src/model/reliability';
import { graphql } from './api';

// The filter by outlet and by reliability grade: a relationship stays in view while some source
// that states it comes from an outlet shown and graded at least the minimum. What each source's
// outlet and grade are is asked of the API once per source, as sources come into view.

/** The outlet key of sources that name no outlet. */
export const NO_OUTLET = 'no-outlet';

interface SourceFacts {
  outlet: string;
  outletName: string;
  /** The outlet's grade as a filter reads it (see outletGrade). */
  grade: string | null;
}

const known = new Map<string, SourceFacts>();
/** Asked for at most this many at a time (Query.nodes takes 100). */
const CHUNK = 100;

/** Asks the API for the outlet and grades of the sources not asked for before. */
export async function learnSources(ids: Iterable<string>): Promise<void> {
  const unknown = [...new Set(ids)].filter((id) => !known.has(id));
  for (let i = 0; i < unknown.length; i += CHUNK) {
    const { nodes } = await graphql<{
      nodes: Array<{
        id?: string;
        outlet: { id: string; name: string } | null;
        reliability: Array<{ grade: string | null }>;
      }>;
    }>(
      `
        query Sources($ids: [ID!]!) {
          nodes(ids: $ids) {
            ... on Source {
              id
              outlet {
                id
                name
              }
              reliability {
                grade
              }
            }
          }
        }
      `,
      { ids: unknown.slice(i, i + CHUNK) },
    );
    for (const source of nodes)
      if (source.id)
        known.set(source.id, {
          outlet: source.outlet?.id ?? NO_OUTLET,
          outletName: source.outlet?.name ?? 'No outlet named',
          grade: outletGrade(source.reliability.map((r) => r.grade)),
        });
  }
}

/** Whether a relationship its sources state stays in view under the filter. */
export function shownBySources(
  sources: readonly string[],
  filter: { hiddenOutlets: ReadonlySet<string>; minGrade: string | null },
): boolean {
  if (filter.hiddenOutlets.size === 0 && filter.minGrade === null) return true;
  return sources.some((id) => {
    const source = known.get(id);
    const outlet = source?.outlet ?? NO_OUTLET;
    return !filter.hiddenOutlets.has(outlet) && meetsGrade(source?.grade ?? null, filter.minGrade);
  });
}

/** The outlets of the sources given, by name, each labelled with its grade when it has one. */
export function outletsOf(sources: Iterable<string>): Array<{ key: string; label: string }> {
  const outlets = new Map<string, string>();
  for (const id of sources) {
    const source = known.get(id);
    if (!source) continue;
    outlets.set(
      source.outlet,
      source.grade ? `${source.outletName} (${source.grade})` : source.outletName,
    );
  }
  return [...outlets]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
