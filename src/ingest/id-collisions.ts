import type { DossierProblem } from './dossier-problem';
import type { ValidatedInput } from './dossier-validator';
import { outsideReferences } from './outside-references';
import type { StoredIdsRepository } from '../graph/writes/stored-ids.repository';

/** An id an input declares: an entity of a kind, an event or a claim, and where. */
interface Declared {
  id: string;
  family: 'Entity' | 'Event' | 'Claim';
  kind: string;
  file: string;
  path: string;
}

function declaredIds(input: ValidatedInput): Declared[] {
  return input.dossiers.flatMap(({ file, dossier }) => {
    const declare = (
      family: Declared['family'],
      field: string,
      items: Array<{ id: string; kind?: string }>,
    ) =>
      items.map((item, i) => ({
        id: item.id,
        family,
        // An entity's kind is its own (Person, Country …); an event or claim is of its family.
        kind: family === 'Entity' ? item.kind! : family,
        file,
        path: `${field}.${i}.id`,
      }));
    return [
      ...declare('Entity', 'entities', dossier.entities),
      ...declare('Event', 'events', dossier.events),
      ...declare('Claim', 'claims', dossier.claims),
    ];
  });
}

/**
 * Finds the ids of an input that are already something else: in the graph (a Country that a
 * dossier now declares a Person), or in an earlier batch of the same input. Writing them would
 * turn the node into both, or into whichever was loaded last; each is a problem naming both
 * dossiers instead. `earlier` carries what earlier batches declared (id to kind and file).
 */
export class IdCollisions {
  private readonly earlier = new Map<string, { kind: string; file: string }>();

  constructor(private readonly stored: StoredIdsRepository) {}

  async check(input: ValidatedInput): Promise<DossierProblem[]> {
    const declared = declaredIds(input);
    const problems: DossierProblem[] = [];
    for (const d of declared) {
      const before = this.earlier.get(d.id);
      if (before && before.kind !== d.kind)
        problems.push({
          file: d.file,
          path: d.path,
          message: `${d.id} is a ${before.kind} in ${before.file}, not a ${d.kind}`,
        });
      else if (!before) this.earlier.set(d.id, { kind: d.kind, file: d.file });
    }
    const found = await this.stored.find([...new Set(declared.map((d) => d.id))]);
    const byId = new Map(found.map((s) => [s.id, s]));
    for (const d of declared) {
      const s = byId.get(d.id);
      if (!s) continue;
      const storedKind = s.family === 'Entity' ? (s.kind ?? 'Entity') : s.family;
      if (storedKind === d.kind) continue;
      const from = await this.stored.citedBy(d.id);
      problems.push({
        file: d.file,
        path: d.path,
        message:
          `${d.id} is already a ${storedKind} in the graph` +
          (from.length > 0 ? ` (from dossier ${from.join(', ')})` : '') +
          `, not a ${d.kind}; nothing is overwritten`,
      });
    }
    problems.push(...(await this.outside(input)));
    return problems;
  }

  /** References to outlets, sources and claims that the input does not declare: the graph must hold them. */
  private async outside(input: ValidatedInput): Promise<DossierProblem[]> {
    // Sources of this input and of earlier batches are known, like their entities and claims.
    for (const id of input.sources.keys())
      if (!this.earlier.has(id)) this.earlier.set(id, { kind: 'Source', file: '' });
    const problems: DossierProblem[] = [];
    const wanted = input.dossiers.flatMap(({ file, dossier }) =>
      outsideReferences(dossier).flatMap((r) => {
        const before = this.earlier.get(r.id);
        if (!before) return [{ ...r, file }];
        if (!r.allowed.includes(before.kind))
          problems.push({
            file,
            path: r.path,
            message: `${r.id} is a ${before.kind}; expected ${r.allowed.join(' or ')}`,
          });
        return [];
      }),
    );
    if (wanted.length === 0) return problems;
    const found = await this.stored.find([...new Set(wanted.map((r) => r.id))]);
    const kinds = new Map(
      found.map((s) => [s.id, s.family === 'Entity' ? (s.kind ?? 'Entity') : s.family]),
    );
    for (const { id, allowed, path, file } of wanted) {
      const kind = kinds.get(id);
      if (kind && allowed.includes(kind)) continue;
      const message = kind
        ? `${id} is a ${kind} in the graph; expected ${allowed.join(' or ')}`
        : `unknown reference ${id}: neither the input nor the graph has it`;
      problems.push({ file, path, message });
    }
    return problems;
  }
}
