import type { TestApi } from './api';

/** A connection below the root: its field, the query around it, and where its page is. */
export interface NestedList {
  field: string;
  /** The selection from the root down to the connection, around `inner`. */
  at: (inner: string) => string;
  /** The connection's page in the data (aliased `page`). */
  page: (data: any) => any;
}

/**
 * Relay's connection contract for one list and filter, against the order a Cypher query gives:
 * walking backward with last/before from the end gives the forward walk reversed, cursors of
 * edges resume mid-page, and pageInfo says where each page is. Call it inside a describe.
 */
export function relayContract(
  api: () => TestApi,
  list: string | NestedList,
  filter: string,
  cypher: string,
): void {
  const {
    field,
    at,
    page: read,
  } = typeof list === 'string'
    ? { field: list, at: (f: string) => f, page: (d: any) => d.page }
    : list;
  const data = async (query: string, variables?: Record<string, unknown>) => ({
    page: read(await api().data(query, variables)),
  });
  const args = (extra: string) => [filter, extra].filter(Boolean).join(', ');
  const PAGE = `edges { cursor node { id } } nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
  let expected: string[];
  beforeAll(async () => {
    const { records } = await api().driver.executeQuery(
      cypher,
      {},
      { database: api().config.neo4j.database },
    );
    expected = records.map((r) => r.get('id'));
  });
  const walk = async (size: number, backward: boolean) => {
    const ids: string[] = [];
    const pages: any[] = [];
    let cursor: string | null = null;
    for (;;) {
      const direction = backward
        ? `last: ${size}, before: $cursor`
        : `first: ${size}, after: $cursor`;
      const result: any = await data(
        `query ($cursor: String) { ${at(`page: ${field}(${args(direction)}) { ${PAGE} }`)} }`,
        { cursor },
      );
      const page = result.page;
      pages.push(page);
      expect(page.nodes).toEqual(page.edges.map((edge: any) => edge.node));
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
      const pageIds = page.nodes.map((n: any) => n.id);
      if (backward) ids.unshift(...pageIds);
      else ids.push(...pageIds);
      const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
      if (!more) break;
      cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
      expect(pages.length).toBeLessThan(100);
    }
    return { ids, pages };
  };

  it('walks forward and backward to the same list, Cypher’s order', async () => {
    expect(expected.length).toBeGreaterThan(3);
    const size = Math.max(2, Math.ceil(expected.length / 40));
    const forward = await walk(size + 1, false);
    const backward = await walk(size, true);
    expect(forward.ids).toEqual(expected);
    expect(backward.ids).toEqual(expected);
    // Forward, only pages after a cursor have a page before; backward, only pages before one
    // have a page after.
    expect(forward.pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(
      forward.pages.map((_, index) => index > 0),
    );
    expect(backward.pages.map((p) => p.pageInfo.hasNextPage)).toEqual(
      backward.pages.map((_, index) => index > 0),
    );
  });

  it('resumes from any edge’s cursor, either way', async () => {
    const { page } = await data(`{ ${at(`page: ${field}(${args('first: 100')}) { ${PAGE} }`)} }`);
    const middle = Math.floor(page.edges.length / 2);
    const cursor = page.edges[middle].cursor;
    const after = await data(
      `query ($c: String) { ${at(`page: ${field}(${args('first: 2, after: $c')}) { nodes { id } }`)} }`,
      { c: cursor },
    );
    const before = await data(
      `query ($c: String) { ${at(`page: ${field}(${args('last: 2, before: $c')}) { nodes { id } }`)} }`,
      { c: cursor },
    );
    expect(after.page.nodes.map((n: any) => n.id)).toEqual(expected.slice(middle + 1, middle + 3));
    expect(before.page.nodes.map((n: any) => n.id)).toEqual(
      expected.slice(Math.max(0, middle - 2), middle),
    );
  });
}
