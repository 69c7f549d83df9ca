import type { ValidatedInput } from './dossier-validator';
import {
  diffStatements,
  dossierStatements,
  remainder,
  statementsHash,
  statementText,
  type EdgeEnds,
  type Statement,
  type Statements,
} from './dossier-statements';
import type { SupportRepository } from '../graph/writes/support.repository';
import type { Props } from '../graph/writes/ingest.repository';

/** Who and when, for every version a transaction records. */
export interface VersionStamp {
  at: string;
  by: string | null;
}

/** A dossier of the input whose content the graph does not hold yet. */
export interface PendingVersion {
  dossier: string;
  number: number;
  sha256: string;
  statements: Statements;
  files: string[];
}

/** What recording versions changed in the live graph, for the report and the search text. */
export interface VersionOutcome {
  versions: string[];
  /** Dossiers whose stored version already said exactly this: nothing was written for them. */
  unchanged: string[];
  retracted: { nodes: number; relationships: number };
  /** Entities and events whose names or aliases changed other than by the write itself. */
  renamed: string[];
}

/** What recording versions did: the outcome, and the relationships it changed without retracting. */
export type RecordedVersions = Omit<VersionOutcome, 'versions' | 'unchanged'> & {
  keptEdges: Array<{ id: string; from: string }>;
  /** The type and ends of every relationship whose statements changed, kept or retracted. */
  endedEdges: EdgeEnds[];
};

const versionId = (dossier: string, number: number) => `${dossier}@${number}`;

/**
 * Sorts an input's dossiers into those the graph already holds as they are (same statements,
 * same hash: nothing to write) and new versions, numbered on from the stored one.
 */
export async function pendingVersions(
  repo: SupportRepository,
  input: ValidatedInput,
): Promise<{ pending: PendingVersion[]; unchanged: string[] }> {
  const pending: PendingVersion[] = [];
  const unchanged: string[] = [];
  const current = await repo.currentVersions(input.dossiers.map((d) => d.dossier.dossier));
  for (const { file, dossier } of input.dossiers) {
    const statements = dossierStatements(input, dossier.dossier);
    const sha256 = statementsHash(dossier.dossier, statements);
    const stored = current.get(dossier.dossier);
    if (stored && stored.sha256 === sha256 && !stored.withdrawn) unchanged.push(dossier.dossier);
    else
      pending.push({
        dossier: dossier.dossier,
        number: (stored?.number ?? 0) + 1,
        sha256,
        statements,
        files: [file],
      });
  }
  return { pending, unchanged };
}

/** The part of an input that is new: the dossiers named, and only the sources they name. */
export function onlyDossiers(input: ValidatedInput, ids: Set<string>): ValidatedInput {
  const dossiers = input.dossiers.filter((d) => ids.has(d.dossier.dossier));
  const named = new Set(dossiers.flatMap((d) => d.dossier.sources.map((s) => s.id)));
  return { dossiers, sources: new Map([...input.sources].filter(([id]) => named.has(id))) };
}

/**
 * Records new versions of dossiers after the ingest has written what they state: each one's
 * statements replace its dossier's old ones, and whatever the old versions alone stated is taken
 * out of the live graph (an item retracted, an alias or evidence span removed, a property back
 * to what the remaining statements say). A withdrawal is a version that states nothing. A batch
 * of versions costs a few statements, however many dossiers it holds.
 */
export async function recordVersions(
  repo: SupportRepository,
  versions: PendingVersion[],
  stamp: VersionStamp,
  withdrawn = false,
): Promise<RecordedVersions> {
  // A dossier's first version replaces nothing: its stored statements are read only after that.
  const stored = await repo.currentStatements(
    versions.filter((v) => v.number > 1).map((v) => v.dossier),
  );
  const closing: Array<{ dossier: string; item: string; version: string }> = [];
  const opening: Array<{
    dossier: string;
    item: string;
    family: string;
    statement: string;
    version: string;
  }> = [];
  // Per item, what the statements that ended said, merged (to take out what no one says now),
  // and the version that ended the last of them (what retracts the item, if it is retracted).
  const ended = new Map<string, { statement: Statement; version: string }>();
  for (const version of versions) {
    const id = versionId(version.dossier, version.number);
    const before = new Map(
      stored
        .filter((row) => row.dossier === version.dossier)
        .map((row) => [row.item, row.statement]),
    );
    const next = new Map(
      [...version.statements].map(([item, statement]) => [item, statementText(statement)]),
    );
    const diff = diffStatements(before, next);
    for (const item of [...diff.changed, ...diff.removed]) {
      closing.push({ dossier: version.dossier, item, version: id });
      const statement = JSON.parse(before.get(item)!) as Statement;
      ended.set(item, {
        statement: mergeEnded(ended.get(item)?.statement, statement),
        version: id,
      });
    }
    for (const item of [...diff.added, ...diff.changed])
      opening.push({
        dossier: version.dossier,
        item,
        family: version.statements.get(item)!.family,
        statement: next.get(item)!,
        version: id,
      });
  }
  await repo.close(closing, stamp.at);
  await repo.open(opening, stamp.at);
  await repo.recordVersions(
    versions.map((v) => ({
      id: versionId(v.dossier, v.number),
      dossier: v.dossier,
      number: v.number,
      sha256: v.sha256,
      at: stamp.at,
      by: stamp.by,
      files: v.files,
      withdrawn,
    })),
  );
  return takeOut(repo, ended, stamp);
}

/** Two ended statements of one item (two dossiers of a batch dropped it) as one. */
function mergeEnded(known: Statement | undefined, next: Statement): Statement {
  if (!known) return next;
  return {
    ...next,
    props: known.props || next.props ? { ...known.props, ...next.props } : null,
    aliases: [...new Set([...known.aliases, ...next.aliases])],
    evidence: [...new Set([...known.evidence, ...next.evidence])],
  };
}

/** Takes out of the live graph what the ended statements alone gave. */
async function takeOut(
  repo: SupportRepository,
  ended: Map<string, { statement: Statement; version: string }>,
  stamp: VersionStamp,
): Promise<RecordedVersions> {
  const remaining = await repo.remaining([...ended.keys()]);
  const nodes: Array<{
    id: string;
    old: Statement;
    version: string;
    rest: ReturnType<typeof remainder>;
  }> = [];
  const edges: typeof nodes = [];
  for (const [item, { statement: old, version }] of ended) {
    const rest = remainder(
      old,
      (remaining.get(item) ?? []).map((text) => JSON.parse(text) as Statement),
    );
    (old.family === 'edge' ? edges : nodes).push({ id: item, old, version, rest });
  }
  const edgeRow = (e: (typeof edges)[number]) => ({ id: e.id, from: e.old.edge!.from });
  const kept = (list: typeof nodes) => list.filter((x) => !x.rest.unsupported);
  // Relationships first: a node is retracted only once nothing live stands on it.
  await repo.retractEdges(
    edges.filter((e) => e.rest.unsupported).map((e) => ({ ...edgeRow(e), version: e.version })),
    stamp.at,
  );
  await repo.setEdgeProps(kept(edges).map((e) => ({ ...edgeRow(e), props: e.rest.props })));
  await repo.removeEdgeEvidence(
    kept(edges)
      .filter((e) => e.rest.evidence.length > 0)
      .map((e) => ({ ...edgeRow(e), evidence: e.rest.evidence })),
  );
  const retractedNodes = nodes
    .filter((x) => x.rest.unsupported)
    .map((x) => ({ id: x.id, version: x.version }));
  await repo.retractNodes(retractedNodes, stamp.at);
  await repo.setNodeProps(
    kept(nodes)
      .filter((x) => Object.keys(x.rest.props).length > 0)
      .map((x) => ({ id: x.id, props: x.rest.props as Props })),
  );
  await repo.removeNodeEvidence(
    kept(nodes)
      .filter((x) => x.rest.evidence.length > 0)
      .map((x) => ({ id: x.id, evidence: x.rest.evidence })),
  );
  await repo.removeAliases(
    kept(nodes)
      .filter((x) => x.rest.aliases.length > 0)
      .map((x) => ({ id: x.id, aliases: x.rest.aliases })),
  );
  return {
    retracted: {
      nodes: retractedNodes.length,
      relationships: edges.filter((e) => e.rest.unsupported).length,
    },
    renamed: kept(nodes).map((x) => x.id),
    keptEdges: kept(edges).map(edgeRow),
    endedEdges: edges.map((e) => e.old.edge!),
  };
}
