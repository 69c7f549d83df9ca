import type { Dossier } from './dossier.schema';
import type { DossierProblem } from './dossier-problem';

/**
 * A reference a dossier may make to something another dossier declared, already in the graph:
 * a source's outlet and the source it copies, another report of a claim's statement, and what
 * an assessment grades. Within the input
 * the validator checks it; otherwise the graph must hold it (see IdCollisions).
 */
export interface OutsideReference {
  id: string;
  /** The kinds it may be (an entity's kind, or Source, Claim). */
  allowed: readonly string[];
  path: string;
}

const OUTLET = ['Organization'] as const;

/** Every such reference of a dossier, at its path. */
export function outsideReferences(dossier: Dossier): OutsideReference[] {
  const found: OutsideReference[] = [];
  dossier.sources.forEach((source, i) => {
    if (source.outlet)
      found.push({ id: source.outlet, allowed: OUTLET, path: `sources.${i}.outlet` });
    if (source.copyOf)
      found.push({
        id: source.copyOf.source,
        allowed: ['Source'],
        path: `sources.${i}.copyOf.source`,
      });
  });
  // Another report of a claim's statement: often another source's, in a dossier loaded before.
  // So may a claim it contradicts.
  dossier.claims.forEach((c, i) => {
    c.sameStatementAs.forEach((s, j) =>
      found.push({ id: s.id, allowed: ['Claim'], path: `claims.${i}.sameStatementAs.${j}` }),
    );
    c.contradicts.forEach((s, j) =>
      found.push({ id: s.id, allowed: ['Claim'], path: `claims.${i}.contradicts.${j}` }),
    );
  });
  const assessments = dossier.assessments;
  assessments?.outlets.forEach((a, i) =>
    found.push({ id: a.outlet, allowed: OUTLET, path: `assessments.outlets.${i}.outlet` }),
  );
  assessments?.claims.forEach((a, i) =>
    found.push({ id: a.claim, allowed: ['Claim'], path: `assessments.claims.${i}.claim` }),
  );
  assessments?.dependentOutlets.forEach((a, i) =>
    a.outlets.forEach((outlet, j) =>
      found.push({
        id: outlet,
        allowed: OUTLET,
        path: `assessments.dependentOutlets.${i}.outlets.${j}`,
      }),
    ),
  );
  return found;
}

/**
 * What a source's `copyOf` may not be: itself, or a chain of copies within the input that comes
 * back to it (each source would count as a copy of the other, and none as the original).
 */
export function copyProblems(input: {
  dossiers: Array<{ file: string; dossier: Dossier }>;
}): DossierProblem[] {
  const copies = new Map<string, string>();
  for (const { dossier } of input.dossiers)
    for (const source of dossier.sources)
      if (source.copyOf) copies.set(source.id, source.copyOf.source);
  const problems: DossierProblem[] = [];
  for (const { file, dossier } of input.dossiers)
    dossier.sources.forEach((source, i) => {
      if (!source.copyOf) return;
      const seen = new Set([source.id]);
      for (let at = copies.get(source.id); at !== undefined; at = copies.get(at)) {
        if (!seen.has(at)) {
          seen.add(at);
          continue;
        }
        problems.push({
          file,
          path: `sources.${i}.copyOf.source`,
          message:
            source.copyOf.source === source.id
              ? `${source.id} is declared a copy of itself`
              : `the copies of ${source.id} run in a circle (${[...seen, at].join(' → ')})`,
        });
        break;
      }
    });
  return problems;
}
