import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the server counts, for `GET /metrics` (Prometheus's text format). */
export interface Metrics {
  readonly registry: Registry;
  /** One GraphQL operation answered: its name, the codes of its errors, how long it took. */
  graphqlRequest(operation: string | null | undefined, codes: string[], seconds: number): void;
  /** One other HTTP request answered (pages, exports, health), by the route that served it. */
  httpRequest(route: string, status: number, seconds: number): void;
}

/** Live values read when scraped. */
export interface MetricSources {
  /** Neo4j sessions that requests and exports hold now. */
  sessionsOpen(): number;
  /** Export downloads streaming now. */
  exportsOpen(): number;
}

// Operation names come from clients: past this many, new ones are counted together, so that a
// client sending a new name each time cannot grow the registry without bound.
const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A registry of the process's own (one per server, so that servers in one process, as in the
 * tests, count apart): requests by operation and outcome, their latency, the Neo4j sessions and
 * export streams open, and Node's own process metrics (memory, event-loop lag, GC).
 */
export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'parley_' });
  const requests = new Counter({
    name: 'parley_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and outcome (ok or the first error code).',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'parley_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name.',
    labelNames: ['operation'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const http = new Counter({
    name: 'parley_http_requests_total',
    help: 'Other HTTP requests answered (pages, exports, health, metrics), by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const httpLatency = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'Time to answer another HTTP request, by route (an export: until its last byte).',
    labelNames: ['route'] as const,
    buckets: [...SECONDS, 30, 120],
    registers: [registry],
  });
  new Gauge({
    name: 'parley_neo4j_sessions_open',
    help: 'Neo4j sessions held by requests and exports now; each takes a pooled connection while it runs.',
    registers: [registry],
    collect() {
      this.set(sources.sessionsOpen());
    },
  });
  new Gauge({
    name: 'parley_export_streams_open',
    help: 'Export downloads streaming now.',
    registers: [registry],
    collect() {
      this.set(sources.exportsOpen());
    },
  });
  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name || !OPERATION_NAME.test(name)) return '(anonymous)';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return '(other)';
    names.add(name);
    return name;
  };
  return {
    registry,
    graphqlRequest(operation, codes, seconds) {
      const label = operationLabel(operation);
      requests.inc({ operation: label, code: codes[0] ?? 'ok' });
      latency.observe({ operation: label }, seconds);
    },
    httpRequest(route, status, seconds) {
      http.inc({ route, status: String(status) });
      httpLatency.observe({ route }, seconds);
    },
  };
}
