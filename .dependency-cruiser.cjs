/**
 * The floors of the house (see README, "Layout"). Each floor imports only floors below it:
 *
 *   src/main.ts, src/cli/       entry points
 *   src/api/                    Apollo, HTTP, limits, errors, exports, and inside it, from the top:
 *     src/api/<feature>/          resolvers, args and services of one feature
 *     src/api/read/               the read engine: a selection compiled into one statement,
 *                                 hydrated into answers; walks, connections, loaders
 *     src/api/types/              GraphQL object types, enums, connections, argument checks
 *     src/api/context.ts          the request's context
 *   src/ingest/, src/draft/     load, validate, plan, write; draft a dossier from an article
 *   src/graph/, src/search-text/  records in, records out: every Cypher statement (queries/ for
 *                                 the API's reads, writes/ for ingest), name matching
 *   src/db/                     driver, the one query executor, error mapping, local Neo4j
 *   src/model/                  vocabulary, walks, ids, localised text, code-point text
 *   src/config.ts, src/errors/, src/logger.ts
 *
 * `npm run lint` runs these rules, so a change that breaks them fails CI.
 */
const FLOOR = {
  entry: '^src/(main\\.ts|cli/)',
  api: '^src/api/',
  ingest: '^src/(ingest|draft)/',
  records: '^src/(graph|search-text)/',
  db: '^src/db/',
  model: '^src/model/',
  base: '^src/(config\\.ts|logger\\.ts|errors/)',
};

const above = (...floors) => floors.map((floor) => FLOOR[floor]);

const FEATURES =
  '^src/api/(claims|entities|events|evidence|exploration|nodes|relations|search|sources)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and hide which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'base-imports-nothing-above',
      severity: 'error',
      comment: 'config, errors and the logger are the ground floor.',
      from: { path: FLOOR.base },
      to: { path: above('model', 'db', 'records', 'ingest', 'api', 'entry') },
    },
    {
      name: 'model-imports-only-errors',
      severity: 'error',
      comment: 'model/ is the floor every layer may import; it imports only errors/ (and itself).',
      from: { path: FLOOR.model },
      to: { path: '^src/', pathNot: ['^src/model/', '^src/errors/'] },
    },
    {
      name: 'db-below-graph',
      severity: 'error',
      from: { path: FLOOR.db },
      to: { path: above('records', 'ingest', 'api', 'entry') },
    },
    {
      name: 'graph-returns-records',
      severity: 'error',
      comment: 'graph/ and search-text/ return records: no GraphQL types, no API, no ingest.',
      from: { path: FLOOR.records },
      to: { path: above('ingest', 'api', 'entry') },
    },
    {
      name: 'only-the-api-knows-graphql',
      severity: 'error',
      comment:
        'Below the API, errors are plain AppErrors and records are plain objects; src/api/errors/ turns an AppError into what a client sees.',
      from: { path: above('records', 'ingest', 'db', 'model', 'base') },
      to: { path: '^node_modules/(graphql|type-graphql|@apollo)/' },
    },
    {
      name: 'ingest-never-imports-api',
      severity: 'error',
      from: { path: FLOOR.ingest },
      to: { path: above('api', 'entry') },
    },
    {
      name: 'api-never-imports-entry-points',
      severity: 'error',
      from: { path: FLOOR.api },
      to: { path: above('entry') },
    },
    {
      name: 'api-types-import-no-api',
      severity: 'error',
      comment:
        'GraphQL types are the floor of the API: they import other types, never the engine or a feature.',
      from: { path: '^src/api/types/' },
      to: { path: '^src/api/', pathNot: '^src/api/types/' },
    },
    {
      name: 'read-engine-below-features',
      severity: 'error',
      comment: 'The read engine knows the GraphQL types and the request context, never a feature.',
      from: { path: '^src/api/read/' },
      to: { path: '^src/api/', pathNot: ['^src/api/(read|types)/', '^src/api/context\\.ts$'] },
    },
    {
      name: 'features-stand-apart',
      severity: 'error',
      comment:
        'A feature holds resolvers, args and services; it uses the engine and the types, never another feature or what sits above it.',
      from: { path: FEATURES },
      to: {
        path: '^src/api/',
        pathNot: ['^src/api/$1/', '^src/api/(read|types)/', '^src/api/context\\.ts$'],
      },
    },
    {
      name: 'context-imports-no-api',
      severity: 'error',
      from: { path: '^src/api/context\\.ts$' },
      to: { path: '^src/api/' },
    },
    {
      name: 'types-apart-from-resolvers',
      severity: 'error',
      comment: 'GraphQL types are declared apart from the resolvers that answer them.',
      from: { path: '\\.types?\\.ts$' },
      to: { path: '\\.resolvers?\\.ts$' },
    },
    {
      name: 'src-never-imports-outside',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
    {
      name: 'tools-never-import-tests',
      severity: 'error',
      comment: 'bench/ and scripts/ may use src/, never test/.',
      from: { path: '^(bench|scripts)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.corpus|\\.neo4j)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
