import { Router, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config';
import { QueryExecutor } from '../../db/query-executor';
import { toAppError } from '../../db/database-error';
import { AppError, ErrorCode } from '../../errors';
import type { Logger } from '../../logger';
import { assertGlobalId } from '../../model/ids';
import { LANG_PATTERN } from '../../model/vocabulary';
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
import { ExportRepository } from './export.repository';
import { ClientGone, ExportWriter } from './export-writer';

/** The files offered, by name. */
export const EXPORT_FILES = [
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'nodes.csv',
  'edges.csv',
] as const;
type ExportFile = (typeof EXPORT_FILES)[number];

const DEFAULT_LANGS = ['ar', 'en', 'ru', 'uk'];

interface ExportRequest {
  file: ExportFile;
  focus: string | null;
  depth: number;
  limitPerNode: number;
  maxNodes: number;
  onlyStated: boolean;
  langs: string[];
  shape: 'graphology' | 'cytoscape';
}

const bad = (argument: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { argument });

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw bad(name, `"${name}" is given once, as text.`);
  return value;
}

function integer(
  query: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
  fallback: number,
) {
  const text = single(query, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,7}$/.test(text) || Number(text) < min || Number(text) > max)
    throw bad(name, `"${name}" is a whole number from ${min} to ${max}.`);
  return Number(text);
}

const KNOWN_PARAMS = new Set([
  'focus',
  'depth',
  'limitPerNode',
  'maxNodes',
  'onlyStated',
  'langs',
  'shape',
]);

/** Reads and checks an export's parameters; unknown ones are refused, not ignored. */
export function parseExportRequest(file: string, query: Record<string, unknown>): ExportRequest {
  if (!(EXPORT_FILES as readonly string[]).includes(file))
    throw new AppError(
      ErrorCode.NOT_FOUND,
      `No export "${file}"; there are ${EXPORT_FILES.join(', ')}.`,
      {
        argument: 'file',
      },
    );
  for (const name of Object.keys(query))
    if (!KNOWN_PARAMS.has(name))
      throw bad(name, `Unknown parameter "${name}"; known: ${[...KNOWN_PARAMS].join(', ')}.`);
  const focusText = single(query, 'focus');
  const focus = focusText === undefined ? null : assertGlobalId(focusText, 'focus');
  if (focus === null)
    for (const name of ['depth', 'limitPerNode', 'maxNodes'])
      if (query[name] !== undefined) throw bad(name, `"${name}" goes with "focus".`);
  const onlyStated = single(query, 'onlyStated') ?? 'false';
  if (onlyStated !== 'true' && onlyStated !== 'false')
    throw bad('onlyStated', '"onlyStated" is true or false.');
  const langs = (single(query, 'langs') ?? DEFAULT_LANGS.join(',')).split(',');
  if (langs.length > 12 || !langs.every((lang) => LANG_PATTERN.test(lang)))
    throw bad('langs', '"langs" is up to 12 language codes, comma-separated (ar,en,ru,uk).');
  const shape = single(query, 'shape') ?? 'graphology';
  if (shape !== 'graphology' && shape !== 'cytoscape')
    throw bad('shape', '"shape" is graphology or cytoscape.');
  if (query.shape !== undefined && file !== 'graph.json')
    throw bad('shape', '"shape" goes with graph.json.');
  return {
    file: file as ExportFile,
    focus,
    depth: integer(query, 'depth', 1, 3, 1),
    limitPerNode: integer(query, 'limitPerNode', 1, 100, 25),
    maxNodes: integer(query, 'maxNodes', 1, 1000, 300),
    onlyStated: onlyStated === 'true',
    langs: [...new Set(langs)],
    shape,
  };
}

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

/** The download's file name: the focus, or the whole graph. */
function fileName(request: ExportRequest): string {
  const name = request.focus ? request.focus.replace(/[^a-z0-9-]+/g, '-') : 'graph';
  return `parley-${name}-${request.file}`;
}

function setFileHeaders(res: Response, request: ExportRequest, format: ExportFormat): void {
  res.setHeader('content-type', format.contentType);
  res.setHeader('content-disposition', `attachment; filename="${fileName(request)}"`);
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
  const executorFor = () =>
    new QueryExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: config.exportTimeoutMs,
      fetchSize: EXPORT_FETCH_SIZE,
    });

  router.head('/export/:file', async (req, res) => {
    const executor = executorFor();
    try {
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
      await executor.close();
    }
  });

  router.get('/export/:file', async (req, res) => {
    let request: ExportRequest;
    try {
      request = parseExportRequest(req.params.file, req.query as Record<string, unknown>);
    } catch (error) {
      return sendError(res, error, logger);
    }
    if (open >= config.exportMaxConcurrent) {
      res.setHeader('retry-after', String(RETRY_AFTER_S));
      return sendError(
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
    const executor = executorFor();
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
        if (subgraph)
          await repository.nodes(
            subgraph.nodes.map((n) => n.id),
            writeNode,
          );
        else await repository.allNodes(writeNode);
      }
      await writer.write(format.middle());
      if (request.file !== 'nodes.csv') {
        if (subgraph) await repository.edges(subgraph.edges, writeEdge);
        else await repository.allEdges(writeEdge, request.onlyStated);
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
  });
  return Object.assign(router, {
    gauge: {
      get open() {
        return open;
      },
    },
  });
}

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
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 504,
};

function sendError(res: Response, error: unknown, logger: Logger) {
  const known = toAppError(error);
  const status = STATUS[known.code] ?? 500;
  if (status === 500) logger.error({ msg: 'export failed', err: error });
  const { code, ...details } = known.extensions as { code: ErrorCode };
  res.status(status).json({
    errors: [
      status === 500
        ? {
            message: 'Internal server error.',
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          }
        : { message: known.message, extensions: { ...details, code } },
    ],
  });
}
