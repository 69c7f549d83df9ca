/**
 * The nearest peer: @neo4j/graphql 7 on Apollo Server 5, over the typeDefs in
 * neo4j-graphql.typedefs.ts. GET /stats reports the statements its driver sent so far.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { typeDefs } from './neo4j-graphql.typedefs';
import { countStatements } from './statement-counter';

async function main(): Promise<void> {
  const statements = countStatements();
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!),
  );
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.get('/stats', (_req, res) => {
    res.json({ statements: statements() });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => ({
        sessionConfig: { database: process.env.NEO4J_DATABASE ?? 'neo4j' },
      }),
    }),
  );
  const server = http.createServer(app);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(`neo4j-graphql: http://127.0.0.1:${port}/graphql`);
  });
  process.on('SIGTERM', () => {
    server.close();
    void apollo
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
