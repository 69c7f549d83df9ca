/**
 * The playground's tabs: the README's example queries, in the README's order (a test keeps the
 * two the same), so what analysts read is what they can run. The tests also run every one of
 * them against the seeded graph.
 */
export const EXAMPLE_QUERIES: ReadonlyArray<{ title: string; query: string }> = [
  {
    title: 'Rounds, delegations and leaders, with evidence',
    query: `# Rounds, delegations and leaders, with evidence
{ rounds { nodes { round date { start end precision }
  delegations { entity { ... on Delegation { name side { side { name } }
    leaders { leader { name } evidence { quote start end } } } } } } } }`,
  },
  {
    title: "A person's roles, in Ukrainian, with their basis",
    query: `# A person's roles, in Ukrainian, with their basis
{ entity(id: "person:rustem-umerov") { name(lang: "uk")
  ... on Person { roles { title organization { name } asOf basis { kind note } evidence { quote } } } } }`,
  },
  {
    title: "What the Kremlin's spokesman said, and where",
    query: `# What the Kremlin's spokesman said, and where
{ claims(speaker: "person:dmitry-peskov") { totalCount
  nodes { mode channel statement(lang: "en") evidence { quote start end } } } }`,
  },
  {
    title: 'An attack known only through a claim',
    query: `# An attack known only through a claim
{ event(id: "event:record-ballistic-missile-attack") {
    participants { role entity { name } basis { kind } attestedBy { id speaker { name } } } } }`,
  },
  {
    title: 'Only what the sources state',
    query: `# Only what the sources state
{ all: neighbourhood(id: "person:rustem-umerov") { edges { data { target type basis } } }
  stated: neighbourhood(id: "person:rustem-umerov", onlyStated: true) { edges { data { target type } } } }`,
  },
  {
    title: "The article's own assessments; positions with strength and qualifiers",
    query: `# The article's own assessments; positions with strength and qualifiers
{ claim(id: "claim:source-sides-far-from-agreement") { mode narratedBy { id } statement(lang: "en") }
  entity(id: "country:ukraine") { ... on Country { positions { issue { name } stance strength qualifiers basis { kind } } } } }`,
  },
  {
    title: 'Search in any script: ترامب finds Trump',
    query: `# Search in any script: ترامب finds Trump
{ search(query: "ترامب", first: 2) { entity { id name } score matchedBy matchedName { lang value } } }`,
  },
  {
    title: 'What links Kostyukov and Umerov',
    query: `# What links Kostyukov and Umerov
{ paths(from: "person:igor-kostyukov", to: "person:rustem-umerov", maxHops: 4, first: 1) {
    length nodes { id } hops { type direction evidence { quote } } } }`,
  },
  {
    title: 'A neighbourhood for Cytoscape.js',
    query: `# A neighbourhood for Cytoscape.js
{ neighbourhood(id: "delegation:round-1-russia", depth: 1) {
    truncated nodes { data { id label kind } } edges { data { source target type label } } } }`,
  },
  {
    title: 'A neighbourhood for graphology',
    query: `# A neighbourhood for graphology
{ neighbourhood(id: "delegation:round-1-russia", depth: 1) {
    nodes { key attributes { label kind } }
    edges { key source target attributes { type label basis attestedBy } } } }`,
  },
  {
    title: 'What was stated, by which version, and the graph as known at an instant',
    query: `# What was stated, by which version, and the graph as known at an instant
{ history(id: "rel:occupies:country:russia:place:crimea") { addedIn addedAt retractedIn statement }
  asKnownOn(at: "2030-01-01") { relationships(of: "country:russia") { id type statedBy retractedNow } } }`,
  },
];

/** An example's title as a GraphQL operation name: its Latin words, each capitalised. */
export function operationName(title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? ['Example'];
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[0-9]/.test(name) ? `Example${name}` : name;
}

/**
 * An example as its playground tab holds it: its operation named after its title, so that the
 * tab shows the title (GraphiQL names a tab by its operation) while the README keeps the short
 * anonymous form.
 */
export function namedExample({ title, query }: { title: string; query: string }): string {
  return query.replace(/^\{/m, `query ${operationName(title)} {`);
}
