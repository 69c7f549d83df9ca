import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { Config } from '../../config';
import { AppError, ErrorCode } from '../../errors';
import type { GazetteerCache } from '../../draft/gazetteer-cache';
import { InvalidDossierError } from '../../ingest/dossier-problem';
import { parseDossier } from '../../ingest/dossier-loader';
import { checkedDossierId, DossierFolder } from '../../ingest/dossier-folder';
import { dossierYaml } from '../../ingest/dossier-yaml';
import { checkSentDossiers, ingestSentDossiers } from '../../ingest/ingest.service';
import { withdrawDossiers } from '../../ingest/withdraw.service';
import type { Logger } from '../../logger';
import { curatorGate } from '../auth/curator-auth';
import type { CuratorTokens } from '../auth/curator-tokens';
import { BOOKMARK_HEADER } from '../http/bookmarks';
import { jsonBody, parsedBody } from '../http/json-body';
import { failed } from './failed';

// A write is one dossier, validated whole and written in one transaction; a large one takes
// seconds, so it gets longer than a read.
const WRITE_TIMEOUT_MS = 120_000;

/** The body of `POST /api/dossiers`. */
const WriteBody = z.strictObject({
  /** The dossier, as YAML (or JSON) text in the format of seed/dossiers/. */
  dossier: z.string().min(1),
  /** The text of each source it names, keyed by the source's `file` as the dossier writes it. */
  sources: z.record(z.string().min(1).max(1000), z.string()).default({}),
});

/**
 * The write API, for the curation page and for scripts; every route needs a curator token.
 *
 * `POST /api/dossiers` ingests one dossier sent with its sources' texts, through the same
 * validation and replace path as `npm run ingest`: a new version of the dossier, retracting what
 * its earlier version stated and this one does not. All or nothing: an invalid dossier is
 * refused with 422 INVALID_DOSSIER and every problem at its path, and nothing is written.
 * `DELETE /api/dossiers/<dossier>` withdraws a dossier (a version stating nothing).
 * `POST /api/dossiers/check` finds every problem an ingest would, writing nothing (open to
 * readers), and gives the dossier's stable YAML. `/api/saved-dossiers` lists, reads and (with a
 * token) saves dossiers in the server's dossier folder, drafts included (see DossierFolder).
 * Both answer with what changed and the write's bookmark (also in `X-Parley-Bookmark`), which a
 * read sends to see the write on any server of a cluster.
 */
export function dossiersRouter(
  config: Config,
  driver: Driver,
  logger: Logger,
  tokens: CuratorTokens,
  /** The draft routes' names, read anew after a write here. */
  gazetteers: GazetteerCache,
): Router {
  const gate = curatorGate({
    tokens,
    writesPerMinute: config.writesPerMinute,
  });
  // Before the body is read: a refused write costs no upload.
  const authorised: RequestHandler = (req, res, next) => {
    try {
      res.locals.curator = gate(req);
      next();
    } catch (error) {
      failed(res, error, logger);
    }
  };
  const body = jsonBody(config.maxDossierBytes);

  const options = (res: Response) => ({
    database: config.neo4j.database,
    timeoutMs: WRITE_TIMEOUT_MS,
    by: res.locals.curator as string,
  });
  const answer = (res: Response, bookmarks: string[], payload: object) => {
    if (bookmarks.length > 0) res.setHeader(BOOKMARK_HEADER, bookmarks.join(','));
    res.json({ ...payload, bookmarks });
  };

  const folder = new DossierFolder(config.dossierDir);
  const router = Router();

  router.post('/api/dossiers/check', body, async (req, res) => {
    try {
      const parsed = parsedDossier(req);
      const problems =
        'problem' in parsed
          ? [parsed.problem]
          : await checkSentDossiers(driver, [parsed.dossier], {
              database: config.neo4j.database,
              timeoutMs: config.neo4j.queryTimeoutMs,
            });
      res.json({
        valid: problems.length === 0,
        problems,
        yaml: 'dossier' in parsed ? dossierYaml(parsed.dossier.data) : null,
      });
    } catch (error) {
      failed(res, error, logger);
    }
  });

  router.post('/api/dossiers', authorised, body, async (req, res) => {
    try {
      const parsed = parsedDossier(req);
      if ('problem' in parsed) throw new InvalidDossierError([parsed.problem]);
      const report = await ingestSentDossiers(driver, [parsed.dossier], options(res));
      gazetteers.stale();
      logger.info({
        msg: 'dossier ingested',
        curator: res.locals.curator,
        versions: report.versions.versions,
        unchanged: report.versions.unchanged,
        written: report.written,
        retracted: report.versions.retracted,
      });
      answer(res, report.bookmarks, {
        versions: report.versions.versions,
        unchanged: report.versions.unchanged,
        written: report.written,
        retracted: report.versions.retracted,
        counts: report.counts,
      });
    } catch (error) {
      failed(res, error, logger);
    }
  });

  router.delete('/api/dossiers/:dossier', authorised, async (req, res) => {
    try {
      const dossier = checkedDossierId(String(req.params.dossier));
      const report = await withdrawDossiers(driver, [dossier], options(res));
      gazetteers.stale();
      logger.info({
        msg: 'dossier withdrawn',
        curator: res.locals.curator,
        versions: report.versions,
        retracted: report.retracted,
      });
      answer(res, report.bookmarks, { versions: report.versions, retracted: report.retracted });
    } catch (error) {
      failed(res, error, logger);
    }
  });
  router.get('/api/saved-dossiers', (_req, res) => {
    res.json({ dossiers: folder.list() });
  });
  router.get('/api/saved-dossiers/:dossier', (req, res) => {
    try {
      res.json(folder.read(String(req.params.dossier)));
    } catch (error) {
      failed(res, error, logger);
    }
  });
  router.put('/api/saved-dossiers/:dossier', authorised, body, (req, res) => {
    try {
      const dossier = String(req.params.dossier);
      const saved = folder.save(dossier, sentDossier(req));
      logger.info({ msg: 'dossier saved', curator: res.locals.curator, dossier });
      res.json({ dossier, yaml: saved.yaml });
    } catch (error) {
      failed(res, error, logger);
    }
  });
  return router;
}

/** The JSON body of a dossier sent with its sources' texts, or BAD_REQUEST saying what is wrong. */
function sentDossier(req: Request): z.infer<typeof WriteBody> {
  if (!req.is('application/json'))
    throw new AppError(
      ErrorCode.BAD_REQUEST,
      'Send the dossier as JSON: {"dossier": "<YAML>", "sources": {"<file>": "<text>"}} with Content-Type: application/json.',
    );
  return parsedBody(WriteBody, req.body, 'a dossier with its sources');
}

/** The sent dossier parsed, with its sources' texts; or why it cannot be read. */
function parsedDossier(req: Request): ReturnType<typeof parseDossier> {
  const sent = sentDossier(req);
  const parsed = parseDossier('dossier', sent.dossier);
  if ('problem' in parsed) return parsed;
  const texts = new Map(Object.entries(sent.sources));
  return { dossier: { ...parsed.dossier, texts } };
}
