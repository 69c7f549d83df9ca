/** GraphQL over the page's own origin; errors come back as thrown messages with their code. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch('/graphql', {
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
const NODE_FIELDS = `
  __typename id
  ... on Entity { entityKind: kind names { lang value } degree }
  ... on Event { eventKind: kind names { lang value } date { start end precision } }
  ... on Claim { mode statement(lang: "en") date { start end precision } }`;

export interface NodeDetails {
  __typename: string;
  id: string;
  entityKind?: string;
  eventKind?: string;
  mode?: string;
  names?: Localized[];
  statement?: string;
  degree?: number;
  date?: FuzzyDate;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  basis: string;
  attestedBy: string | null;
  evidence: EvidenceSpan[];
}

export interface Subgraph {
  nodes: Array<{ id: string; label: string; kind: string; node: NodeDetails | null }>;
  edges: SubgraphEdge[];
}

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int!, $onlyStated: Boolean!) {
  neighbourhood(id: $id, depth: $depth, onlyStated: $onlyStated, limitPerNode: 50) {
    nodes { id label kind node { ${NODE_FIELDS} } }
    edges { id source target type label basis attestedBy evidence { quote start end source { id } } }
  }
}`;

export function neighbourhood(id: string, depth: number, onlyStated: boolean): Promise<Subgraph> {
  return graphql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth, onlyStated }).then(
    (data) => data.neighbourhood,
  );
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
    from: { id: string };
    to: { id: string };
    evidence: EvidenceSpan[];
  }>;
}

export function shortestPath(
  from: string,
  to: string,
  onlyStated: boolean,
): Promise<PathFound | null> {
  return graphql<{ paths: PathFound[] }>(
    `query Path($from: ID!, $to: ID!, $onlyStated: Boolean!) {
      paths(from: $from, to: $to, maxHops: 5, first: 1, onlyStated: $onlyStated) {
        nodes { ${NODE_FIELDS} }
        hops { id type basis { kind } attestedBy { id } from { id } to { id }
               evidence { quote start end source { id } } }
      }
    }`,
    { from, to, onlyStated },
  ).then((data) => data.paths[0] ?? null);
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
