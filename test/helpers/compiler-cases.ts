import fs from 'node:fs';
import path from 'node:path';
import { buildQuestions, type Subjects } from '../../bench/questions';

// Selections the compiler is held to: the bench's questions as Parley is asked them, and shapes
// that graphql-js executes in ways a compiler must follow. test/api/compiled-reads.test.ts runs
// them against Neo4j both compiled and field by field; test/api/compiler-fixtures.test.ts records
// what each compiles to, and test/unit/selection-compiler.test.ts replays that without Neo4j.

const ROLE_FIELDS = `fragment RoleFields on Role { title(lang: "ar") asOf organization { id name } }`;

// Shapes the compiler must follow as graphql-js executes them.
export const SHAPES: Array<{ name: string; query: string; vars?: Record<string, unknown> }> = [
  {
    name: 'aliases, the same field twice with different arguments',
    query: `{ entity(id: "person:rustem-umerov") { id a: name(lang: "ar") b: name(lang: "en")
       ... on Person { x: roles { title } y: roles(asOf: "2026-02-04") { title asOf } } } }`,
  },
  {
    name: "a relationship's columns asked for twice under aliases",
    query: `{ entity(id: "country:ukraine") { relations(direction: IN) {
       a: id b: id type t: type direction d: direction other { id } } } }`,
  },
  {
    name: 'fragments on interfaces and objects, and one key meaning different fields on different types',
    query: `${ROLE_FIELDS}
     query { nodes(ids: ["person:rustem-umerov", "delegation:round-2-ukraine", "country:ukraine", "issue:donetsk-withdrawal"]) {
       id __typename
       ... on Entity { kind degree relations(direction: OUT) { type direction other { id } } }
       ... on Person { links: leads { led { id name } evidence { quote start end } } roles { ...RoleFields } }
       ... on Delegation { links: leaders { leader { id } title } side { side { id } } }
       ... on Country { positions { stance issue { id } } }
       ... on Issue { positions { stance holder { id } } concerns { other { id } } }
     } }`,
  },
  {
    name: '@skip and @include with variables',
    query: `query ($yes: Boolean!, $no: Boolean!) { rounds { nodes { id
       mediators @include(if: $yes) { entity { id } }
       delegations @skip(if: $no) { role entity { id } }
       participants @include(if: $no) { role } } } }`,
    vars: { yes: true, no: false },
  },
  {
    name: 'claims with speakers, subjects, events, evidence and sources',
    query: `{ claims(first: 50) { pageInfo { hasNextPage endCursor } totalCount nodes {
       id mode statement statements { lang value } speakerDescription(lang: "en")
       speaker { id name } via { id } event { id kind } subjects { __typename ... on Entity { id } ... on Event { id } }
       evidence { quote start end context(width: 10) source { id title publishedOn } } } } }`,
  },
  {
    name: 'pages of relationships, both ways, with aliases, fragments and what is below them',
    query: `query ($after: String) { entity(id: "country:russia") {
       a: relationsConnection(first: 3, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
         edges { cursor node { id type direction basis { kind } other { id ... on Entity { name } } evidence(first: 1) { quote } } } }
       b: relationsConnection(last: 2, types: ["OCCUPIES", "REPRESENTS"], direction: IN) { nodes { id other { id } } totalCount }
       ... on Country { c: relationsConnection(onlyStated: true) { nodes { type from { id } to { id } } } } }
       event(id: "event:trilateral-talks-round-2") { relationsConnection(first: 2) { nodes { id type } } } }`,
    vars: { after: null },
  },
  {
    name: 'a page backward, read through edges and nodes',
    query: `{ entities(last: 4, kind: Person) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
       nodes { id } edges { cursor node { id name(lang: "ar") relations { id type other { id } } } } } }`,
  },
  {
    name: 'nodes and edges asking different things of the same key',
    query: `{ claims(first: 5) { nodes { id x: statement(lang: "en") speaker { id } }
       edges { node { id x: statement(lang: "ru") y: speaker { name } } } } }`,
  },
  {
    name: 'two aliases of one list, asking different things of the same key',
    query: `{ a: entities(first: 5, kind: Person) { nodes { id x: name(lang: "ar") } }
       b: entities(first: 5, kind: Person) { nodes { id x: name(lang: "ru") } } }`,
  },
  {
    name: 'events with participants by role, parts, attestation and claims',
    query: `{ events(first: 50) { nodes { id kind date { start end precision note }
       participants(role: MEDIATOR) { role entity { id } }
       attestedBy { id statement } partOf { id } claims { id } mentionedIn { id } evidence { quote } } } }`,
  },
  {
    name: 'entities through every relationship field, three levels down',
    query: `{ entities(first: 20) { nodes { id kind aliases { lang value } description
       evidence { quote } statements { id } mentionedIn { id }
       participations { role event { id ... on NegotiationRound { round delegations { entity { id } } } } }
       ... on Country { officeHolders { person { id memberships { group { id } } } } delegations { delegation { id } } }
       ... on Organization { officeHolders { title } leaders { leader { id } } positions { summary stance } }
       ... on Delegation { members { member { id } from { id } to { id } } attended { event { id } } }
       ... on Person { leads { led { ... on Delegation { side { side { name(lang: "uk") } } } } } }
     } } }`,
  },
  {
    name: 'one language of a localised field, with each fallback',
    query: `{ rounds { nodes { name(lang: "fr") description(lang: "uk")
       mediators { entity { name(lang: "ar") description } } } }
       claims(first: 20) { nodes { statement r: statement(lang: "ru") s: statement(lang: "xx")
         speakerDescription a: speakerDescription(lang: "ar") } }
       sources { nodes { title(lang: "ru") t: title titles { lang } } }
       entity(id: "person:rustem-umerov") { ... on Person { roles { title(lang: "uk") t: title } } } }`,
  },
  {
    name: 'bases, claim-derived edges, "only stated" filters, narrated claims and aliases',
    query: `{
      a: entity(id: "country:russia") { aliases { lang value basis { kind reference } }
        all: relations { type basis { kind note } attestedBy { id } other { id } }
        stated: relations(onlyStated: true) { type other { id } }
        participations(onlyStated: true) { role event { id } }
        ... on Country { positions { stance strength qualifiers basis { kind } } } }
      b: event(id: "event:record-ballistic-missile-attack") {
        participants { role basis { kind } attestedBy { id statement(lang: "en") } entity { id } }
        none: participants(onlyStated: true) { role }
        mentionedIn(onlyStated: true) { id } }
      c: event(id: "event:trilateral-talks-round-2") { mentionedIn { id }
        issuesAtStake { basis { kind note } other { id } }
        stated: mentionedIn(onlyStated: true) { id mode narratedBy { id } } }
      d: claim(id: "claim:peskov-no-statements-for-now") {
        sameStatementAs { basis { kind } other { id } } subjects(onlyStated: true) { id } }
      e: claim(id: "claim:source-sides-far-from-agreement") { mode speaker { id } narratedBy { id title } }
    }`,
  },
  {
    name: 'a search hit walked further, and sources',
    query: `{ search(query: "Umerov", first: 3) { score matchedBy entity { id name
       ... on Person { leads { led { id } } } } }
       sources { edges { cursor node { id title } } totalCount } source(id: "source:2026-02-04-trilateral-talks-round-2") { id titles { lang value } } }`,
  },
  {
    name: 'a timeline whose items are walked further, by type',
    query: `{ timeline(involving: ["country:ukraine", "person:dmitry-peskov"], first: 8) {
       kind date { start end precision note } involvement { entity how }
       item { id __typename ... on Event { kind name participants(role: MEDIATOR) { entity { id } } }
         ... on Claim { mode statement(lang: "en") speaker { id name } evidence { quote } } } } }`,
  },
  {
    name: 'connections asked only how many they hold, beside one asked for its items too',
    query: `{ entity(id: "country:ukraine") { all: relationsConnection { totalCount }
       stated: relationsConnection(onlyStated: true, direction: IN) { __typename totalCount }
       evidenceConnection(first: 1) { totalCount }
       ... on Country { delegationsConnection(first: 1) { totalCount }
         participationsConnection(first: 1) { totalCount pageInfo { hasNextPage } } } } }`,
  },
];

export interface CompilerCase {
  name: string;
  query: string;
  vars?: Record<string, unknown>;
}

/** The bench's ten questions about `subjects`, and the shapes above. */
export function compilerCases(subjects: Subjects): CompilerCase[] {
  return [
    ...buildQuestions(subjects).map(({ name, requests }) => ({
      name: `bench: ${name}`,
      query: requests.parley.body.query as string,
      vars: requests.parley.body.variables as Record<string, unknown>,
    })),
    ...SHAPES,
  ];
}

/** One statement a request ran, with its parameters and the records Neo4j gave back. */
export interface RecordedStatement {
  statement: string;
  params: Record<string, unknown>;
  records: unknown[];
}

/** A case as it ran against the seed: its statements in order, and the answer. */
export interface CompilerFixture extends CompilerCase {
  statements: RecordedStatement[];
  answer: unknown;
}

// Properties come back as [key, value] pairs (`[k IN keys(n) | [k, n[k]]]`) in the order of
// `keys(n)`, which is the store's order of property keys: two databases loaded with the same seed
// can differ. The engine reads them by key, so records are kept and compared with such lists in
// key order.
const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

function isPropertyPairs(value: unknown[]): value is Array<[string, unknown]> {
  const keys = value.map((item) =>
    Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' ? item[0] : null,
  );
  return (
    value.length > 1 &&
    keys.every((key) => key !== null && PROPERTY_KEY.test(key)) &&
    new Set(keys).size === keys.length
  );
}

/** The records with every list of property [key, value] pairs sorted by key. */
export function inKeyOrder<T>(value: T): T {
  if (!Array.isArray(value)) {
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, inKeyOrder(item)]),
    ) as T;
  }
  const items = value.map((item) => inKeyOrder(item));
  if (isPropertyPairs(items)) items.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return items as T;
}

export const COMPILER_FIXTURES = path.join(__dirname, '..', 'fixtures', 'compiled-selections.json');

export function readCompilerFixtures(): CompilerFixture[] {
  return JSON.parse(fs.readFileSync(COMPILER_FIXTURES, 'utf8')) as CompilerFixture[];
}

export function writeCompilerFixtures(fixtures: CompilerFixture[]): void {
  fs.mkdirSync(path.dirname(COMPILER_FIXTURES), { recursive: true });
  fs.writeFileSync(COMPILER_FIXTURES, `${JSON.stringify(fixtures, null, 1)}\n`);
}
