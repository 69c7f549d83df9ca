import { AppError, ErrorCode } from '../../errors';
import { assertGlobalId } from '../../model/ids';
import { LANG_PATTERN } from '../../model/vocabulary';
import type { ExportView } from '../../graph/queries/export.repository';

/** The files offered, by name. */
export const EXPORT_FILES = [
  'graph.gexf',
  'graph.graphml',
  'graph.json',
  'nodes.csv',
  'edges.csv',
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

const DEFAULT_LANGS = ['ar', 'en', 'ru', 'uk'];

/** An export's parameters, checked. */
export interface ExportRequest {
  file: ExportFile;
  focus: string | null;
  /** Exactly these nodes and relationships (POST), instead of the whole graph or a focus. */
  view: ExportView | null;
  depth: number;
  limitPerNode: number;
  maxNodes: number;
  onlyStated: boolean;
  /** Only relationships at least this many sources state (0: all). */
  minSources: number;
  /** Only relationships at least this many independent sources state (0: all). */
  minIndependentSources: number;
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

// The parameters of a whole graph's or a neighbourhood's export, which a view lists for itself.
const NOT_WITH_VIEW = [
  'focus',
  'depth',
  'limitPerNode',
  'maxNodes',
  'onlyStated',
  'minSources',
  'minIndependentSources',
];
const KNOWN_PARAMS = new Set([...NOT_WITH_VIEW, 'langs', 'shape']);

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
    view: null,
    depth: integer(query, 'depth', 1, 3, 1),
    limitPerNode: integer(query, 'limitPerNode', 1, 100, 25),
    maxNodes: integer(query, 'maxNodes', 1, 1000, 300),
    onlyStated: onlyStated === 'true',
    minSources: integer(query, 'minSources', 0, 1000, 0),
    minIndependentSources: integer(query, 'minIndependentSources', 0, 1000, 0),
    langs: [...new Set(langs)],
    shape,
  };
}

/** The most a view may hold: far more than a canvas shows legibly. */
export const VIEW_LIMITS = { nodes: 5000, edges: 20000 };

const ID_TEXT = /^[\p{L}\p{N}:._~-]{1,200}$/u;

/**
 * A view to export, from a POST body `{ nodes: [id, …], edges: [{ id, source, target }, …] }`:
 * every relationship between two of the nodes, with no id twice. Query parameters other than
 * `langs` and `shape` go with the other kinds of export and are refused here.
 */
export function parseExportView(
  file: string,
  query: Record<string, unknown>,
  body: unknown,
): ExportRequest {
  for (const name of NOT_WITH_VIEW)
    if (query[name] !== undefined)
      throw bad(name, `"${name}" does not go with a view: the view lists what it holds.`);
  const request = parseExportRequest(file, query);
  const view = body as Partial<ExportView> | null;
  if (
    typeof view !== 'object' ||
    view === null ||
    !Array.isArray(view.nodes) ||
    !Array.isArray(view.edges)
  )
    throw bad(
      'view',
      'The body is a view: { "nodes": [id, …], "edges": [{ "id", "source", "target" }, …] }.',
    );
  if (view.nodes.length > VIEW_LIMITS.nodes || view.edges.length > VIEW_LIMITS.edges)
    throw bad(
      'view',
      `A view holds at most ${VIEW_LIMITS.nodes} nodes and ${VIEW_LIMITS.edges} relationships.`,
    );
  const nodes = new Set<string>();
  for (const id of view.nodes) {
    if (typeof id !== 'string' || !ID_TEXT.test(id))
      throw bad('nodes', `Not a node id: ${JSON.stringify(id)}.`);
    if (nodes.has(id)) throw bad('nodes', `Node "${id}" is listed twice.`);
    nodes.add(id);
  }
  const edgeIds = new Set<string>();
  const edges = view.edges.map((edge: unknown) => {
    const { id, source, target } = (edge ?? {}) as Record<string, unknown>;
    if (![id, source, target].every((v) => typeof v === 'string' && ID_TEXT.test(v)))
      throw bad('edges', `Not a relationship { id, source, target }: ${JSON.stringify(edge)}.`);
    if (!nodes.has(source as string) || !nodes.has(target as string))
      throw bad('edges', `Relationship "${id as string}" joins a node the view does not list.`);
    if (edgeIds.has(id as string))
      throw bad('edges', `Relationship "${id as string}" is listed twice.`);
    edgeIds.add(id as string);
    return { id: id as string, source: source as string, target: target as string };
  });
  return { ...request, view: { nodes: [...nodes], edges } };
}
