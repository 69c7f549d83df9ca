/**
 * Example operations preloaded in the playground. The tests run every one of them against the
 * seeded graph, so the examples analysts see always work.
 */
export const EXAMPLE_QUERIES: ReadonlyArray<{ title: string; query: string }> = [
  {
    title: 'Rounds, delegations and leaders',
    query: `# Who led which delegation at which round, and where that is written
query Rounds {
  rounds {
    round
    name
    format
    date { start end precision note }
    mediators { entity { name } basis { kind note } evidence { quote } }
    delegations {
      role
      entity {
        ... on Delegation {
          name
          side { side { name } }
          leaders {
            leader { name names { lang value } }
            title
            evidence { quote start end source { id } }
          }
        }
      }
    }
  }
}`,
  },
  {
    title: 'A person: roles and delegations led',
    query: `query Person($id: ID! = "person:rustem-umerov") {
  entity(id: $id) {
    name
    names { lang value }
    ... on Person {
      roles { title organization { name } asOf basis { kind note } evidence { quote } }
      leads { title led { name } basis { kind note } evidence { quote context(width: 40) } }
    }
  }
}`,
  },
  {
    title: 'On what grounds: stated, inferred, or only claimed',
    query: `# What the source states itself, what is read from context, what is known only through a claim
query Grounds($id: ID! = "person:rustem-umerov") {
  entity(id: $id) {
    name
    all: relations { type other { id } basis { kind note reference } attestedBy { id statement(lang: "en") } }
    stated: relations(onlyStated: true) { type other { id } }
  }
  event(id: "event:record-ballistic-missile-attack") {
    name
    participants { role entity { name } attestedBy { speaker { name } statement(lang: "en") } }
  }
  claims(from: "2026-02-04", first: 20) {
    nodes { mode narratedBy { id } speaker { name } statement(lang: "en") sameStatementAs { other { id } basis { note } } }
  }
}`,
  },
  {
    title: 'An event and its participants',
    query: `query Event($id: ID! = "event:trilateral-talks-round-2") {
  event(id: $id) {
    name
    kind
    date { start end precision note }
    participants { role entity { name kind } evidence { quote } }
    mentionedIn { speaker { name } statement(lang: "en") }
  }
}`,
  },
  {
    title: 'Claims by speaker, with their evidence',
    query: `query Claims($speaker: ID = "person:dmitry-peskov") {
  claims(speaker: $speaker, first: 10) {
    totalCount
    nodes {
      mode
      channel
      date { start end precision }
      statement
      english: statement(lang: "en")
      event { name }
      subjects { id }
      evidence { quote start end }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'Entities by kind, a page at a time',
    query: `query People($after: String) {
  entities(kind: Person, first: 3, after: $after) {
    totalCount
    nodes { id name arabic: name(lang: "ar") native: names { lang value } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
];
