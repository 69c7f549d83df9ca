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
    mediators { entity { name } evidence { quote } }
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
      roles { title organization { name } asOf evidence { quote } }
      leads { title led { name } evidence { quote context(width: 40) } }
    }
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
