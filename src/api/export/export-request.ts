import { AppError, ErrorCode } from '../../errors';
import { assertGlobalId } from '../../model/ids';
import { LANG_PATTERN } from '../../model/vocabulary';

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
