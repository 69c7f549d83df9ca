import { createHash } from 'node:crypto';
import type { Props } from '../graph/writes/ingest.repository';
import { buildGraphPlan } from './graph-plan';
import type { ValidatedInput } from './dossier-validator';

/**
 * What one dossier says about one item of the graph (a node or a relationship): its properties,
 * and the aliases and evidence spans it gives for it. `props` is null where the dossier only
 * refers to the item (the end of a relationship it states, declared by another dossier of the
 * input): it keeps the item in the graph without saying anything about it.
 */
export interface Statement {
  family: 'node' | 'edge';
  props: Props | null;
  aliases: string[];
  aliasBases: string[];
  evidence: string[];
  /** A relationship's type and ends, which it is found by when it is retracted. */
  edge?: EdgeEnds;
}

/** A relationship's type and the ids of its ends. */
export interface EdgeEnds {
  type: string;
  from: string;
  to: string;
}

/** A statement of a node: its properties, and the aliases and evidence given in `more`. */
export function nodeStatement(props: Props | null, more: Partial<Statement> = {}): Statement {
  return { family: 'node', props, aliases: [], aliasBases: [], evidence: [], ...more };
}

/** Every item one dossier states, by item id. */
export type Statements = Map<string, Statement>;

const sorted = (props: Props): Props =>
  Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** A statement as stored, the same text for the same content: how versions are compared. */
export function statementText(statement: Statement): string {
  return JSON.stringify({ ...statement, props: statement.props && sorted(statement.props) });
}

/**
 * The statements of one dossier of a validated input: each source it names, each evidence span it
 * cites, each entity, event and claim it declares, each relationship it states, and the ends of
 * those relationships as references. Pure: a version is compared with the stored one by these.
 */
export function dossierStatements(input: ValidatedInput, dossierId: string): Statements {
  const entry = input.dossiers.find((d) => d.dossier.dossier === dossierId);
  if (!entry) throw new Error(`no dossier ${dossierId} in the input`);
  const own = new Set(entry.dossier.sources.map((s) => s.id));
  const plan = buildGraphPlan({
    dossiers: [entry],
    sources: new Map([...input.sources].filter(([id]) => own.has(id))),
  });
  const statements: Statements = new Map();
  const node = (id: string, props: Props | null, more: Partial<Statement> = {}) =>
    statements.set(id, nodeStatement(props, more));
  // A source's text is known by its hash; where the graph first met it is not what it says.
  for (const { id, text: _text, dossier: _dossier, ...props } of plan.sources)
    node(String(id), props);
  for (const { id, ...span } of plan.evidence) node(id, span);
  for (const { id, props } of plan.assessments) node(id, props);
  for (const row of [...plan.entities, ...plan.events, ...plan.claims])
    node(
      row.id,
      { ...row.props, kind: row.kind },
      {
        aliases: [...row.aliases].sort(),
        aliasBases: [...row.aliasBases].sort(),
        evidence: row.evidenceIds,
      },
    );
  for (const edge of plan.edges) {
    statements.set(edge.id, {
      family: 'edge',
      props: edge.props,
      aliases: [],
      aliasBases: [],
      evidence: edge.evidenceIds,
      edge: { type: edge.type, from: edge.from, to: edge.to },
    });
    for (const end of [edge.from, edge.to]) if (!statements.has(end)) node(end, null);
  }
  return statements;
}

/** The version hash of a dossier: of what it states, not of how its file is laid out. */
export function statementsHash(dossierId: string, statements: Statements): string {
  const hash = createHash('sha256').update(dossierId);
  for (const id of [...statements.keys()].sort())
    hash.update(`\n${id}\t${statementText(statements.get(id)!)}`);
  return hash.digest('hex');
}

/** How a new version of a dossier differs from the one the graph holds, by item id. */
export interface StatementDiff {
  /** Items the new version states and the old did not. */
  added: string[];
  /** Items both state, differently. */
  changed: string[];
  /** Items the old version stated and the new does not. */
  removed: string[];
}

/** Compares the stored statements of a dossier (as text) with a new version's. */
export function diffStatements(
  stored: Map<string, string>,
  next: Map<string, string>,
): StatementDiff {
  const diff: StatementDiff = { added: [], changed: [], removed: [] };
  for (const [id, text] of next) {
    const before = stored.get(id);
    if (before === undefined) diff.added.push(id);
    else if (before !== text) diff.changed.push(id);
  }
  for (const id of stored.keys()) if (!next.has(id)) diff.removed.push(id);
  return diff;
}

/**
 * What an item still rests on once a dossier's old statement of it is gone: the statements of
 * it that remain (in the order they were added, later winning on a property), and what the old
 * statement gave that none of them gives, to be taken out of the graph.
 */
export interface Remainder {
  /** No statement remains: the item is retracted. */
  unsupported: boolean;
  /** Properties as the remaining statements give them, with null for those no one gives now. */
  props: Props;
  aliases: string[];
  evidence: string[];
}

export function remainder(old: Statement, remaining: Statement[]): Remainder {
  if (remaining.length === 0) return { unsupported: true, props: {}, aliases: [], evidence: [] };
  const props: Props = {};
  for (const s of remaining) Object.assign(props, s.props ?? {});
  // A reference says nothing about an item; if only references remain, its properties (its
  // names) are left as the last statement gave them rather than emptied, so it is not nameless.
  const declared = remaining.some((s) => s.props !== null);
  if (declared)
    for (const key of Object.keys(old.props ?? {})) if (!(key in props)) props[key] = null;
  const given = (pick: (s: Statement) => string[]) => new Set(remaining.flatMap(pick));
  const aliases = given((s) => s.aliases);
  const evidence = given((s) => s.evidence);
  return {
    unsupported: false,
    props: declared ? props : {},
    aliases: old.aliases.filter((a) => !aliases.has(a)),
    evidence: old.evidence.filter((e) => !evidence.has(e)),
  };
}
