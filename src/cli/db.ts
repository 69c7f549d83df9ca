import { loadConfig } from '../config';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../db/local-neo4j';
import { runCli } from './run-cli';

/** `npm run db:start|db:stop|db:status`: manages the local Neo4j of this checkout. */
runCli(async () => {
  const command = process.argv[2];
  const config = loadConfig();
  const settings = config.localNeo4j;
  if (config.neo4j.uri && command === 'start') {
    console.log(
      `NEO4J_URI is set (${config.neo4j.uri}); the local Neo4j is not needed, but starting it anyway.`,
    );
  }
  switch (command) {
    case 'start': {
      const status = await startLocalNeo4j(settings, config.neo4j.password);
      console.log(
        status.started
          ? `Neo4j is up on ${status.uri} (pid ${status.pid}) after ${(status.startupMs / 1000).toFixed(1)} s.`
          : `Neo4j was already running on ${status.uri} (pid ${status.pid}).`,
      );
      return;
    }
    case 'stop':
      console.log(
        (await stopLocalNeo4j(settings)) ? 'Neo4j stopped.' : 'No local Neo4j was running.',
      );
      return;
    case 'status': {
      const pid = runningPid(settings);
      console.log(
        pid ? `Running (pid ${pid}) on bolt://127.0.0.1:${settings.port}` : 'Not running.',
      );
      process.exitCode = pid ? 0 : 3;
      return;
    }
    default:
      throw new Error('usage: db.ts start|stop|status');
  }
});
