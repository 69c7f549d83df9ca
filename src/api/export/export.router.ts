import express, { Router, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config';
import { QueryExecutor } from '../../db/query-executor';
import { toAppError } from '../../db/database-error';
import { clientError } from '../errors/client-error';
import { requestBookmarks } from '../http/bookmarks';
import { AppError, ErrorCode } from '../../errors';
import type { Logger } from '../../logger';
import { neighbourhood } from '../exploration/neighbourhood.service';
import {
  cytoscapeJson,
  edgesCsv,
  ExportFormat,
  gexf,
  graphml,
  graphologyJson,
  nodesCsv,
} from './export-formats';
import { ExportRepository } from '../../graph/queries/export.repository';
import { ClientGone, ExportWriter } from './export-writer';
import { parseExportRequest, parseExportView, type ExportRequest } from './export-request';

function formatOf(request: ExportRequest): ExportFormat {
  switch (request.file) {
    case 'graph.gexf':
      return gexf(request.langs);
    case 'graph.graphml':
      return graphml(request.langs);
    case 'graph.json':
      return request.shape === 'cytoscape'
        ? cytoscapeJson(request.langs)
        : graphologyJson(request.langs);
    case 'nodes.csv':
      return nodesCsv(request.langs);
    case 'edges.csv':
      return edgesCsv();
  }
}

const EXTENSIONS: Record<ExportRequest['file'], string> = {
  'graph.gexf': '.gexf',
  'graph.graphml': '.graphml',
  'graph.json': '.json',
  'nodes.csv': '-nodes.csv',
  'edges.csv': '-edges.csv',
};

/** The download's file name, saying what it holds: the whole graph, a neighbourhood, or a view. */
export function fileName(request: ExportRequest): string {
  const what = request.view
    ? `view-${request.view.nodes.length}-nodes-${request.view.edges.length}-relationships`
    : request.focus
      ? `neighbourhood-${request.focus.replace(/[^\p{L}\p{N}-]+/gu, '-')}-depth-${request.depth}`
      : 'graph';
  const stated =
    (!request.view && request.onlyStated ? '-only-stated' : '') +
    (!request.view && request.minSources > 0 ? `-${request.minSources}-sources` : '') +
    (!request.view && request.minIndependentSources > 0
      ? `-${request.minIndependentSources}-independent-sources`
      : '');
  const shape = request.file === 'graph.json' ? `.${request.shape}` : '';
  return `parley-${what}${stated}${shape}${EXTENSIONS[request.file]}`;
}

/** A header value may hold only ASCII: the name as given, and in full as RFC 5987 says. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function setFileHeaders(res: Response, request: ExportRequest, format: ExportFormat): void {
  res.setHeader('content-type', format.contentType);
  res.setHeader('content-disposition', disposition(fileName(request)));
}

/** Downloads streaming now, for the concurrency cap and the metrics. */
export interface ExportGauge {
  readonly open: number;
}

/**
 * `GET /export/<file>`: the whole graph, or the neighbourhood of `focus` (with `depth`,
 * `limitPerNode`, `maxNodes` as the neighbourhood query takes them), streamed as it is read.
 * Bad parameters get 400 and an unknown focus 404, with a typed JSON error, before anything is
 * sent; a failure once the file is under way cuts the connection, so a truncated file never
 * passes for a whole one. A client that goes away or stops reading ends its export's transaction
 * at once (see ExportWriter). At most `exportMaxConcurrent` downloads stream at once, each with a
 * pooled connection, so that downloads can never take every connection GraphQL needs; more get
 * 429 with Retry-After. `HEAD` checks the parameters and the focus and answers with the headers,
 * without reading the graph.
 */
export function exportRouter(
  config: Config,
  driver: Driver,
  logger: Logger,
): Router & { gauge: ExportGauge } {
  const router = Router();
  let open = 0;
  // A download that carries an ingest's bookmarks (X-Parley-Bookmark) sees that write.
  const executorFor = (bookmarks: string[]) =>
    new QueryExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: config.exportTimeoutMs,
      fetchSize: EXPORT_FETCH_SIZE,
      bookmarks,
    });

  router.head('/export/:file', async (req, res) => {
    let executor: QueryExecutor | undefined;
    try {
      executor = executorFor(requestBookmarks(req));
      const request = parseExportRequest(req.params.file, req.query as Record<string, unknown>);
      if (request.focus && !(await new ExportRepository(executor).exists(request.focus)))
        throw new AppError(
          ErrorCode.NOT_FOUND,
          `No entity, event or claim with id "${request.focus}".`,
          {
            id: request.focus,
          },
        );
      setFileHeaders(res, request, formatOf(request));
      res.status(200).end();
    } catch (error) {
      sendError(res, error, logger);
    } finally {
      await executor?.close();
    }
  });

  router.get('/export/:file', async (req, res) => {
    let request: ExportRequest;
    let bookmarks: string[];
    try {
      request = parseExportRequest(req.params.file, req.query as Record<string, unknown>);
      bookmarks = requestBookmarks(req);
    } catch (error) {
      return sendError(res, error, logger);
    }
    await stream(request, bookmarks, res);
  });

  // A view: exactly the nodes and relationships the body lists, checked to exist before a byte
  // is sent.
  router.post('/export/:file', express.json({ limit: VIEW_BODY_BYTES }), async (req, res) => {
    let request: ExportRequest;
    let bookmarks: string[];
    let executor: QueryExecutor | undefined;
    try {
      bookmarks = requestBookmarks(req);
      executor = executorFor(bookmarks);
      request = parseExportView(req.params.file, req.query as Record<string, unknown>, req.body);
      const missing = await new ExportRepository(executor).missing(request.view!);
      if (missing.nodes.length + missing.edges.length > 0)
        throw new AppError(
          ErrorCode.NOT_FOUND,
          `The view lists ${missing.nodes.length} node(s) and ${missing.edges.length} relationship(s) the graph does not hold.`,
          { nodes: missing.nodes.slice(0, 20), edges: missing.edges.slice(0, 20) },
        );
    } catch (error) {
      return sendError(res, error, logger);
    } finally {
      await executor?.close();
    }
    await stream(request, bookmarks, res);
  });

  async function stream(request: ExportRequest, bookmarks: string[], res: Response): Promise<void> {
    if (open >= config.exportMaxConcurrent) {
      res.setHeader('retry-after', String(RETRY_AFTER_S));
      return void sendError(
        res,
        new AppError(
          ErrorCode.TOO_MANY_REQUESTS,
          `${config.exportMaxConcurrent} downloads are under way; try again in a few seconds.`,
          { limit: config.exportMaxConcurrent },
        ),
        logger,
      );
    }
    open += 1;
    const executor = executorFor(bookmarks);
    const writer = new ExportWriter(res, config.exportStallTimeoutMs);
    const format = formatOf(request);
    const repository = new ExportRepository(executor);
    const started = Date.now();
    let nodes = 0;
    let edges = 0;
    try {
      const subgraph = request.focus
        ? await neighbourhood({ executor }, { ...request, id: request.focus })
        : null;
      res.status(200);
      setFileHeaders(res, request, format);
      await writer.write(format.head());
      const writeNode = (node: Parameters<ExportFormat['node']>[0]) =>
        writer.write(format.node(node, nodes++));
      const writeEdge = (edge: Parameters<ExportFormat['edge']>[0]) =>
        writer.write(format.edge(edge, edges++));
      if (request.file !== 'edges.csv') {
        if (request.view) await repository.nodes(request.view.nodes, writeNode);
        else if (subgraph)
          await repository.nodes(
            subgraph.nodes.map((n) => n.id),
            writeNode,
          );
        else await repository.allNodes(writeNode);
      }
      await writer.write(format.middle());
      if (request.file !== 'nodes.csv') {
        if (request.view) await repository.edges(request.view.edges, writeEdge);
        else if (subgraph) await repository.edges(subgraph.edges, writeEdge);
        else await repository.allEdges(writeEdge, request.onlyStated, request);
      }
      await writer.write(format.tail());
      res.end();
      logger.info({
        msg: 'export sent',
        file: request.file,
        nodes,
        edges,
        durationMs: Date.now() - started,
      });
    } catch (error) {
      const gone = writer.goneReason ?? (isClientGone(error) ? error : undefined);
      if (gone) {
        logger.info({
          msg: 'export abandoned',
          reason: gone.reason,
          file: request.file,
          nodes,
          edges,
        });
        res.destroy();
      } else if (!res.headersSent) sendError(res, error, logger);
      else {
        logger.error({ msg: 'export failed while streaming', err: error });
        res.destroy();
      }
    } finally {
      await executor.close();
      open -= 1;
    }
  }

  return Object.assign(router, {
    gauge: {
      get open() {
        return open;
      },
    },
  });
}

// A view's ids: 5000 nodes and 20000 relationships of ids a few dozen bytes long fit well within.
const VIEW_BODY_BYTES = '4mb';

// An export's records are a few hundred bytes: a batch is then a fraction of a socket's buffers.
const EXPORT_FETCH_SIZE = 200;

// A download of the seed takes well under a second; one of a large graph, seconds to minutes.
const RETRY_AFTER_S = 5;

/** The executor hands the writer's error on as the cause of the error it maps. */
function isClientGone(error: unknown): error is ClientGone {
  return error instanceof ClientGone || (error as { cause?: unknown })?.cause instanceof ClientGone;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 504,
};

function sendError(res: Response, error: unknown, logger: Logger) {
  const known = toAppError(error);
  const status = STATUS[known.code] ?? 500;
  if (status === 500) logger.error({ msg: 'export failed', err: error });
  res.status(status).json({
    errors: [
      status === 500
        ? {
            message: 'Internal server error.',
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          }
        : clientError(known),
    ],
  });
}
