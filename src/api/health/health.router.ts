import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config';
import { checkDatabase } from '../../db/database-health';

// Readiness must answer fast even when Neo4j hangs, so that a load balancer can act on it.
const READY_TIMEOUT_MS = 2000;

/**
 * /health/live: the process serves HTTP (no database work), for restarts.
 * /health/ready: Neo4j answers within a short timeout with its indexes online, for load balancers;
 * 503 naming the dependency and why, if not.
 */
export function healthRouter(config: Config, driver: Driver): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const check = await checkDatabase(driver, config.neo4j.database, READY_TIMEOUT_MS);
    res
      .status(check.ok ? 200 : 503)
      .json(
        check.ok
          ? { status: 'ready' }
          : { status: 'unavailable', dependency: 'neo4j', reason: check.reason },
      );
  });
  return router;
}
