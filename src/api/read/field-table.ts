import { GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import type { RelationshipBase } from '../types/relationship.types';
import { Relation } from '../types/relationship.types';
import { SUPPORT_KEYS } from '../types/support.type';
import { EDGE_ENDS, FIELD_WALKS, type FieldWalk } from './field-walks';
import { relationsWalk } from './relation-connection.type';
import { CONNECTION_SUFFIX, edgeClassOf, PAGED_LISTS, pagedWalk } from './walk-connections';

// Arguments as graphql-js hands them to a resolver.
type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How a connection of relationships pages: its walk from its arguments, and its objects' class. */
export interface Paging {
  paging: true;
  walk: (args: Args) => RelationWalk;
  edgeClass: new () => RelationshipBase;
}

/** What the compiled statement computes for a field of a node type. */
export type Handler = FieldWalk | Paging | 'evidence' | 'source' | 'degree' | 'evidencePage';

/** The languages a localized field picks from, in order (see pickLocalized); null is the node's own. */
export type Langs = (args: Args) => Array<string | null>;

/**
 * How one field of one object type is read:
 * - `record`: from its object's record, the properties listed;
 * - `localized`: from a family of localized properties (`prefix`), whole or, with `langs`, in
 *   the languages its arguments pick, and from one more property (`key`);
 * - `column`: a relationship's id, type or direction, which its record always has;
 * - `end`: a relationship's node at that end, read with it;
 * - `statement`: computed by the compiled statement (a walk, a page, evidence, a source, a degree);
 * - `apart`: its resolver reads Neo4j itself, in a statement of its own in the same transaction
 *   (from the record's `keys`, when given, else from all its properties);
 * - `parent`: it comes with its parent object, which some other field read;
 * - `root`: a root field; `oneStatement` says whether one statement can answer it whole, `light`
 *   that its statement reads records without walks (below it, only record fields).
 */
export type FieldEntry =
  | { read: 'record'; keys: readonly string[] }
  | { read: 'localized'; prefix: string; key?: string; langs?: Langs }
  | { read: 'column' }
  | { read: 'end'; end: 'start' | 'end' | 'other' }
  | { read: 'statement'; handler: Handler }
  | { read: 'apart'; keys?: readonly string[] }
  | { read: 'parent' }
  | { read: 'root'; oneStatement: boolean; light?: boolean };

const inLang: Langs = (args) => [...(args.lang ? [args.lang as string] : []), 'en'];
const inLangThenOwn: Langs = (args) => [...inLang(args), null];
const inLangOrOwn: Langs = (args) => [args.lang ?? null, 'en', null];

const record = (...keys: string[]): FieldEntry => ({ read: 'record', keys });
const localized = (prefix: string, langs?: Langs, key?: string): FieldEntry => ({
  read: 'localized',
  prefix: `${prefix}_`,
  ...(langs ? { langs } : {}),
  ...(key ? { key } : {}),
});
const computed = (handler: Handler): FieldEntry => ({ read: 'statement', handler });
const PARENT: FieldEntry = { read: 'parent' };
const DATE = record('dateStart', 'dateEnd', 'datePrecision', 'dateNote');
const COLUMN: FieldEntry = { read: 'column' };
const SUPPORT = record(...SUPPORT_KEYS);

const RELATIONS_PAGING: Paging = { paging: true, walk: relationsWalk, edgeClass: Relation };

/** A field's walks, as `statement` entries, from the walk table. */
const walksOf = (type: keyof typeof FIELD_WALKS): Record<string, FieldEntry> =>
  Object.fromEntries(
    Object.entries(FIELD_WALKS[type] as Record<string, FieldWalk>).map(([field, walk]) => [
      `${type}.${field}`,
      computed(walk),
    ]),
  );

/**
 * The `<list>Connection` twins of the typed lists, each paging its list's walk; one paging per
 * walk, so that a field asked on several types that share a walk is compiled once.
 */
const pagings = new Map<FieldWalk, Paging>();
const twins = Object.fromEntries(
  [...PAGED_LISTS].map((list) => {
    const [type, field] = list.split('.');
    const walk = (FIELD_WALKS as Record<string, Record<string, FieldWalk>>)[type][field];
    let paging = pagings.get(walk);
    if (!paging) {
      paging = {
        paging: true,
        walk: (args) => pagedWalk(walk, args),
        edgeClass: edgeClassOf(walk),
      };
      pagings.set(walk, paging);
    }
    return [`${list}${CONNECTION_SUFFIX}`, computed(paging)];
  }),
);

const EVIDENCED = {
  evidence: computed('evidence'),
  evidenceConnection: computed('evidencePage'),
  relationsConnection: computed(RELATIONS_PAGING),
};
const NAMED = {
  kind: record(),
  name: localized('name', inLang),
  names: localized('name'),
  description: localized('description', inLang),
};
const on = (type: string, fields: Record<string, FieldEntry>) =>
  Object.fromEntries(Object.entries(fields).map(([field, entry]) => [`${type}.${field}`, entry]));

/**
 * Every field of every object type, by `Type.field`; an interface's entry holds for the types
 * that implement it, and `Type.*` for every field of a type. Adding a field to the schema is one
 * entry here: the schema is not built while a field has none (see fieldTable).
 */
export const FIELD_TABLE: Readonly<Record<string, FieldEntry>> = {
  'Node.id': record(),
  // Who stated it: read from the record of dossier versions, through the request's loader.
  'Node.history': { read: 'apart', keys: [] },
  'Relationship.history': { read: 'apart', keys: [] },
  ...on('Entity', {
    ...NAMED,
    ...EVIDENCED,
    aliases: record('aliases', 'aliasBases'),
    degree: computed('degree'),
  }),
  ...on('Event', { ...NAMED, ...EVIDENCED, date: DATE }),
  ...on('NegotiationRound', { round: record('round'), format: record('format') }),
  ...on('Claim', {
    date: DATE,
    channel: record('channel'),
    mode: record('mode'),
    language: record('language'),
    statement: localized('statement', inLangOrOwn, 'language'),
    statements: localized('statement'),
    speakerDescription: localized('speakerDescription', inLang),
    evidence: computed('evidence'),
  }),
  ...on('Evidence', {
    quote: record('quote'),
    start: record('start'),
    end: record('end'),
    // The text around a span comes from its source's whole text, read once per source per
    // request by the source loader rather than once per span in the statement.
    context: { read: 'apart', keys: ['quote', 'start', 'end', 'sourceId'] },
    source: computed('source'),
  }),
  ...on('Source', {
    title: localized('title', inLangThenOwn, 'language'),
    titles: localized('title'),
    language: record('language'),
    publishedOn: record('publishedOn'),
    publisher: record('publisher'),
    sha256: record('sha256'),
    characterCount: record('characterCount'),
    text: { read: 'apart', keys: [] },
    author: record('author'),
    url: record('url'),
    copyKind: record('copyKind'),
    countsAs: record('independenceKey'),
    // Its outlet and original through the node and source loaders, and its outlet's grades
    // through the assessments' loader: a few per request.
    outlet: { read: 'apart', keys: ['outletId'] },
    copyOf: { read: 'apart', keys: ['copyOfId'] },
    reliability: { read: 'apart', keys: ['outletId'] },
  }),
  // A fact's support is counted at ingest, onto the fact (see CorroborationRepository); each
  // report's source and spans come through the loaders.
  'Relationship.support': SUPPORT,
  'Event.support': SUPPORT,
  'Claim.support': SUPPORT,
  'Support.reports': { read: 'apart' },
  'Claim.credibility': { read: 'apart', keys: [] },
  'Organization.reliability': { read: 'apart', keys: [] },
  // An event's accounts come from the record of statements, a dossier each, through a loader.
  'Event.accounts': { read: 'apart', keys: [] },
  'Event.disputed': record('disputed'),
  'Claim.disputed': record('disputed'),
  'EventAccount.sources': { read: 'apart' },
  'EventAccount.evidence': { read: 'apart' },
  'AccountParticipant.entity': { read: 'apart' },
  'AccountParticipant.evidence': { read: 'apart' },
  'AccountPlace.entity': { read: 'apart' },
  'AccountPlace.evidence': { read: 'apart' },
  'PositionAccount.attestedBy': { read: 'apart' },
  'PositionAccount.sources': { read: 'apart' },
  'PositionAccount.evidence': { read: 'apart' },
  ...Object.fromEntries(
    (Object.keys(FIELD_WALKS) as Array<keyof typeof FIELD_WALKS>).flatMap((type) =>
      Object.entries(walksOf(type)),
    ),
  ),
  ...twins,
  ...on('Relationship', {
    id: COLUMN,
    type: COLUMN,
    from: { read: 'end', end: 'start' },
    to: { read: 'end', end: 'end' },
    evidence: computed('evidence'),
    basis: record('basis', 'basisNote', 'basisReference'),
    // The claim a relationship is known through goes through the node loader; few have one.
    attestedBy: { read: 'apart', keys: ['attestedBy'] },
  }),
  ...Object.fromEntries(
    Object.entries(EDGE_ENDS).flatMap(([type, ends]) =>
      Object.entries(ends).map(([field, end]) => [`${type}.${field}`, { read: 'end', end }]),
    ),
  ),
  ...on('Relation', {
    direction: COLUMN,
    asOf: record('asOf'),
    extent: record('extent'),
    role: record('role'),
    stance: record('stance'),
    strength: record('strength'),
    qualifiers: record('qualifiers'),
    disputed: record('disputed'),
    summary: localized('summary', inLang),
    title: localized('title', inLangThenOwn, 'language'),
  }),
  ...on('Role', {
    asOf: record('asOf'),
    validFrom: record('validFrom'),
    validTo: record('validTo'),
    title: localized('title', inLangThenOwn, 'language'),
    titles: localized('title'),
  }),
  ...on('Leadership', { title: localized('title', inLangThenOwn, 'language') }),
  ...on('Participation', { role: record('role') }),
  ...on('Position', {
    stance: record('stance'),
    strength: record('strength'),
    qualifiers: record('qualifiers'),
    disputed: record('disputed'),
    summary: localized('summary', inLang),
  }),
  // Root connections count their nodes in a statement of their own, when asked.
  ...Object.fromEntries(
    ['Entity', 'Event', 'Claim', 'NegotiationRound', 'Source'].map((name) => [
      `${name}Connection.totalCount`,
      { read: 'apart' },
    ]),
  ),
  // Values that come with their parent: its date, texts, basis, page, and the objects of
  // neighbourhoods, paths, timelines and search hits, which their root's statement reads.
  ...Object.fromEntries(
    [
      'FuzzyDate',
      'LocalizedText',
      'Support',
      'SourceReport',
      'EventAccount',
      'AccountParticipant',
      'AccountPlace',
      'PositionAccount',
      'Dispute',
      'Assessment',
      'Basis',
      'PageInfo',
      'Subgraph',
      'GraphNodeData',
      'GraphEdgeData',
      'Path',
      'SearchHit',
      'TimelineEntry',
      'Involvement',
      'GraphNode',
      'GraphEdge',
      'HistoryEntry',
      'KnownNode',
      'KnownRelationship',
      'KnownEvidence',
      'KnownGraph',
    ].map((type) => [`${type}.*`, PARENT]),
  ),
  // The graph as known at an instant reads its records apart, from the record of statements.
  'KnownGraph.node': { read: 'apart' },
  'KnownGraph.relationships': { read: 'apart' },
  'KnownItem.evidence': { read: 'apart' },
  // A neighbourhood's node and an edge's evidence go through the request's loaders.
  'GraphNode.node': { read: 'apart' },
  'GraphEdge.evidence': { read: 'apart' },
  ...on('Query', {
    ...Object.fromEntries(
      [
        'rounds',
        'entity',
        'event',
        'claim',
        'node',
        'nodes',
        'entities',
        'events',
        'claims',
        'sources',
        'source',
        'neighbourhood',
        'timeline',
      ].map((field) => [field, { read: 'root', oneStatement: true }]),
    ),
    // Search reads its hits with the candidates only when no field walks further.
    paths: { read: 'root', oneStatement: true, light: true },
    search: { read: 'root', oneStatement: true, light: true },
    officeHolders: { read: 'root', oneStatement: false },
    history: { read: 'root', oneStatement: true, light: true },
    asKnownOn: { read: 'root', oneStatement: false },
    disputes: { read: 'root', oneStatement: false },
  }),
};

const TYPENAME = record();

/**
 * The entry of a field of an object type: `Type.field`, else `Interface.field` for an interface
 * it implements, else `Type.*`; a page's connection and edge types (`…Connection`, `…Edge`),
 * whose fields are the page's parts, come with their parent unless an entry says otherwise.
 */
function entryOf(type: GraphQLObjectType, field: string): FieldEntry | undefined {
  if (field === '__typename') return TYPENAME;
  for (const name of [type.name, ...type.getInterfaces().map((i) => i.name)]) {
    const found = FIELD_TABLE[`${name}.${field}`];
    if (found) return found;
  }
  return FIELD_TABLE[`${type.name}.*`] ?? (isPageType(type) ? PARENT : undefined);
}

const PAGE_FIELDS = new Set(['nodes', 'edges', 'pageInfo', 'totalCount', 'cursor', 'node']);

/** A connection or edge type of a page: named so, and made of a page's fields only. */
function isPageType(type: GraphQLObjectType): boolean {
  const named = type.name.endsWith(CONNECTION_SUFFIX) || type.name.endsWith('Edge');
  return named && Object.keys(type.getFields()).every((field) => PAGE_FIELDS.has(field));
}

const entries = new WeakMap<GraphQLObjectType, Map<string, FieldEntry | undefined>>();

/** The entry of a field of an object type (`__typename` included), looked up once. */
export function fieldEntry(type: GraphQLObjectType, field: string): FieldEntry | undefined {
  let fields = entries.get(type);
  if (!fields) entries.set(type, (fields = new Map()));
  if (!fields.has(field)) fields.set(field, entryOf(type, field));
  return fields.get(field);
}

/**
 * The entries of every field of every object type of a schema. Throws, naming them, when fields
 * have none: how a field is read is decided here, never left to a default.
 */
export function fieldTable(schema: GraphQLSchema): Map<GraphQLObjectType, Map<string, FieldEntry>> {
  const table = new Map<GraphQLObjectType, Map<string, FieldEntry>>();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = new Map<string, FieldEntry>();
    for (const field of Object.keys(type.getFields())) {
      const entry = fieldEntry(type, field);
      if (entry) fields.set(field, entry);
      else missing.push(`${type.name}.${field}`);
    }
    table.set(type, fields);
  }
  if (missing.length > 0)
    throw new Error(`fields with no entry in FIELD_TABLE: ${missing.sort().join(', ')}`);
  return table;
}

/** Whether the handler pages relationships (a node's relations, or a typed list's twin). */
export const isPaging = (handler: Handler): handler is Paging =>
  typeof handler === 'object' && 'paging' in handler;
