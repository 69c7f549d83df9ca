const READ_TOKEN_KEY = 'parley-read-token';

/**
 * A request to the page's own origin. A server that needs a token to read answers 401: the page
 * asks for the token once, keeps it in this tab's session only, and sends it from then on.
 */
export async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const token = sessionStorage.getItem(READ_TOKEN_KEY);
    const headers = new Headers(init.headers);
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  const sentWith = sessionStorage.getItem(READ_TOKEN_KEY);
  const response = await send();
  if (response.status !== 401 || new Headers(init.headers).has('authorization')) return response;
  // Requests refused at once share one question; one refused with a token asked since retries.
  if (sessionStorage.getItem(READ_TOKEN_KEY) === sentWith) {
    asking ??= Promise.resolve(
      window.prompt('This server needs a token to read. Your read token:'),
    ).then((token) => {
      if (token?.trim()) sessionStorage.setItem(READ_TOKEN_KEY, token.trim());
      asking = null;
    });
    await asking;
  }
  return sessionStorage.getItem(READ_TOKEN_KEY) === sentWith ? response : send();
}
let asking: Promise<void> | null = null;

/** GraphQL over the page's own origin; errors come back as thrown messages with their code. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await apiFetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
  }
  return body.data as T;
}

export interface Localized {
  lang: string;
  value: string;
}

export interface FuzzyDate {
  start: string | null;
  end: string | null;
  precision: string;
}

export interface EvidenceSpan {
  quote: string;
  start: number;
  end: number;
  source: { id: string };
}

// What the explorer shows of a node, whatever its kind.
// (Entity and Event kinds are two enums, so each is asked under its own name.)
// Evidence as the panels show it: each span inside its source.
const SPANS = 'evidence { quote start end source { id } }';
// A relationship's support, with every source that states it (its spans may be more than shown).
const SUPPORT = 'support { sources independentSources outlets reports { source { id } } }';

const NODE_FIELDS = `
  __typename id
  ... on Entity { entityKind: kind names { lang value } degree }
  ... on Event { eventKind: kind names { lang value } date { start end precision } disputed }
  ... on Claim { mode statement(lang: "en") statements { lang value } date { start end precision } disputed }`;

export interface NodeDetails {
  __typename: string;
  id: string;
  entityKind?: string;
  eventKind?: string;
  mode?: string;
  names?: Localized[];
  statement?: string;
  statements?: Localized[];
  degree?: number;
  date?: FuzzyDate;
  disputed?: boolean;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  basis: string;
  attestedBy: string | null;
  /** A position whose holder sources give opposite stances. */
  disputed: boolean;
  support: {
    sources: number;
    independentSources: number;
    outlets: number;
    /** Each source that states it (absent from a whole-graph export: its spans name them). */
    reports?: Array<{ source: { id: string } }>;
  };
  evidence: EvidenceSpan[];
}

export interface Subgraph {
  nodes: Array<{ id: string; label: string; kind: string; node: NodeDetails | null }>;
  edges: SubgraphEdge[];
}

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int!, $onlyStated: Boolean!, $minIndependentSources: Int!) {
  neighbourhood(id: $id, depth: $depth, onlyStated: $onlyStated, minIndependentSources: $minIndependentSources, limitPerNode: 50) {
    nodes { id label kind node { ${NODE_FIELDS} } }
    edges { id source target type label basis attestedBy disputed
      ${SUPPORT}
      ${SPANS} }
  }
}`;

export function neighbourhood(
  id: string,
  depth: number,
  filter: { onlyStated: boolean; minIndependentSources: number },
): Promise<Subgraph> {
  return graphql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth, ...filter }).then(
    (data) => data.neighbourhood,
  );
}

/** An event as each dossier gives it (see Event.accounts). */
export interface EventAccount {
  dossier: string;
  date: FuzzyDate | null;
  participants: Array<{ role: string; entity: { id: string; name: string } | null }>;
  places: Array<{ entity: { id: string; name: string } | null }>;
  evidence: EvidenceSpan[];
}

export function eventAccounts(id: string): Promise<EventAccount[]> {
  return graphql<{ event: { accounts: EventAccount[] } }>(
    `query Accounts($id: ID!) { event(id: $id) { accounts {
       dossier date { start end precision } participants { role entity { id name } }
       places { entity { id name } }
       ${SPANS} } } }`,
    { id },
  ).then((data) => data.event.accounts);
}

export interface SearchHit {
  entity: { id: string; kind: string; name: string };
  matchedName: Localized;
}

export function search(query: string): Promise<SearchHit[]> {
  return graphql<{ search: SearchHit[] }>(
    `
      query Search($query: String!) {
        search(query: $query, first: 8) {
          entity {
            id
            kind
            name
          }
          matchedName {
            lang
            value
          }
        }
      }
    `,
    { query },
  ).then((data) => data.search);
}

export interface PathFound {
  nodes: NodeDetails[];
  hops: Array<{
    id: string;
    type: string;
    basis: { kind: string };
    attestedBy: { id: string } | null;
    disputed: boolean;
    from: { id: string };
    to: { id: string };
    support: SubgraphEdge['support'];
    evidence: EvidenceSpan[];
  }>;
}

/** The k shortest paths of at most 5 relationships, shortest first. */
export function findPaths(
  from: string,
  to: string,
  options: {
    onlyStated: boolean;
    minIndependentSources: number;
    types: string[] | null;
    first: number;
  },
): Promise<PathFound[]> {
  return graphql<{ paths: PathFound[] }>(
    `query Paths($from: ID!, $to: ID!, $onlyStated: Boolean!, $minIndependentSources: Int!,
                 $types: [String!], $first: Int!) {
      paths(from: $from, to: $to, maxHops: 5, first: $first, onlyStated: $onlyStated,
            minIndependentSources: $minIndependentSources, types: $types) {
        nodes { ${NODE_FIELDS} }
        hops { id type basis { kind } attestedBy { id } from { id } to { id } disputed
               ${SUPPORT}
               ${SPANS} }
      }
    }`,
    { ...options, from, to },
  ).then((data) => data.paths);
}

export interface ClaimRow {
  id: string;
  mode: string;
  statement: string;
  statements: Localized[];
  date: FuzzyDate;
  speaker: { id: string } | null;
  evidence: EvidenceSpan[];
}

/** Up to 100 claims a node made (as speaker) or is the subject of. */
export function claimsOf(id: string, role: 'speaker' | 'subject'): Promise<ClaimRow[]> {
  return graphql<{ claims: { nodes: ClaimRow[] } }>(
    `query Claims($id: ID!) {
      claims(${role}: $id, first: 100) {
        nodes { id mode statement(lang: "en") statements { lang value }
                date { start end precision } speaker { id }
                evidence { quote start end source { id } } }
      }
    }`,
    { id },
  ).then((data) => data.claims.nodes);
}

/** How many entities there are. */
export function entityCount(): Promise<{ totalCount: number }> {
  return graphql<{ entities: { totalCount: number } }>(`
    query Count {
      entities(first: 1) {
        totalCount
      }
    }
  `).then((data) => data.entities);
}

/** Names that begin like the query: what "no match" offers instead. */
export function namesLike(
  prefix: string,
): Promise<Array<{ id: string; kind: string; name: string }>> {
  return graphql<{ entities: { nodes: Array<{ id: string; kind: string; name: string }> } }>(
    `
      query Like($prefix: String!) {
        entities(nameContains: $prefix, first: 5) {
          nodes {
            id
            kind
            name
          }
        }
      }
    `,
    { prefix },
  ).then((data) => data.entities.nodes);
}

/** The negotiation rounds, for the overview of a graph too large to show whole. */
export function roundIds(): Promise<string[]> {
  return graphql<{ rounds: { nodes: Array<{ id: string }> } }>(`
    query Rounds {
      rounds(first: 20) {
        nodes {
          id
        }
      }
    }
  `).then((data) => data.rounds.nodes.map((n) => n.id));
}

export interface NodeEvidence {
  id: string;
  evidence: EvidenceSpan[];
}

export function nodeEvidence(id: string): Promise<NodeEvidence | null> {
  return graphql<{ node: NodeEvidence | null }>(
    `
      query Evidence($id: ID!) {
        node(id: $id) {
          id
          ... on Entity {
            evidence {
              quote
              start
              end
              source {
                id
              }
            }
          }
          ... on Event {
            evidence {
              quote
              start
              end
              source {
                id
              }
            }
          }
          ... on Claim {
            evidence {
              quote
              start
              end
              source {
                id
              }
            }
          }
        }
      }
    `,
    { id },
  ).then((data) => data.node);
}

export interface SourceText {
  id: string;
  title: string | null;
  publishedOn: string;
  language: string;
  text: string;
}

const sources = new Map<string, Promise<SourceText>>();

/** A source's text, fetched once per page. */
export function sourceText(id: string): Promise<SourceText> {
  let found = sources.get(id);
  if (!found) {
    found = graphql<{ source: SourceText }>(
      `
        query Source($id: ID!) {
          source(id: $id) {
            id
            title
            publishedOn
            language
            text
          }
        }
      `,
      { id },
    ).then((data) => data.source);
    sources.set(id, found);
  }
  return found;
}

interface ExportedSpan {
  quote: string;
  start: number;
  end: number;
  sourceId: string;
}

/** The graphology JSON export of the whole graph, as the explorer's nodes and edges. */
export async function wholeGraph(): Promise<Subgraph> {
  const whole = (await apiFetch('/export/graph.json').then((r) => r.json())) as {
    nodes: Array<{ key: string; attributes: Record<string, string | null> }>;
    edges: Array<{
      key: string;
      source: string;
      target: string;
      attributes: Record<string, string | null> & { evidence: ExportedSpan[] };
    }>;
  };
  const localized = (a: Record<string, string | null>, prefix: string): Localized[] =>
    Object.entries(a)
      .filter(([k, v]) => k.startsWith(prefix) && v)
      .map(([k, v]) => ({ lang: k.slice(prefix.length), value: v! }));
  return {
    nodes: whole.nodes.map(({ key, attributes: a }) => {
      const claim = a.kind === 'Claim';
      const dated = Boolean(a.dateStart || a.dateEnd);
      return {
        id: key,
        label: a.label ?? key,
        kind: a.kind ?? '',
        node: {
          __typename: claim ? 'Claim' : dated ? 'Event' : 'Entity',
          id: key,
          entityKind: claim || dated ? undefined : (a.kind ?? undefined),
          eventKind: dated && !claim ? (a.kind ?? undefined) : undefined,
          names: localized(a, 'name_'),
          statements: localized(a, 'statement_'),
          date: dated
            ? { start: a.dateStart, end: a.dateEnd, precision: a.datePrecision ?? '' }
            : undefined,
          disputed: a.disputed === 'true',
        },
      };
    }),
    edges: whole.edges.map(({ key, source, target, attributes: a }) => ({
      id: key,
      source,
      target,
      type: a.relationship ?? '',
      label: a.label ?? '',
      basis: a.basis ?? 'STATED',
      attestedBy: a.attestedBy,
      disputed: a.disputed === 'true',
      support: {
        sources: Number(a.sources ?? 0),
        independentSources: Number(a.independentSources ?? 0),
        outlets: Number(a.outlets ?? 0),
      },
      evidence: a.evidence.map((s) => ({ ...s, source: { id: s.sourceId } })),
    })),
  };
}
