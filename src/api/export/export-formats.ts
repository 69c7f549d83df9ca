/**
 * Graph exports written a row at a time, so that a whole graph streams out in bounded memory:
 * GEXF and GraphML (Gephi, Cytoscape desktop, yEd), graphology's serialisation and Cytoscape.js
 * elements (JSON), and a pair of CSV files (Gephi's spreadsheet import). Each format declares its
 * attributes in its head, writes one piece per node and per edge, and closes in its tail.
 */
import type { ExportEdge, ExportEvidence, ExportNode } from '../../graph/queries/export.repository';

type Value = string | number | null | ExportEvidence[];
interface Attribute<T> {
  name: string;
  /** `json`: a list, written as JSON text where the format holds only scalars (XML, CSV). */
  type: 'string' | 'integer' | 'date' | 'json';
  value: (row: T) => Value;
}

/** Every quote, one per line, for a spreadsheet's or Gephi's data table. */
const quotes = (evidence: ExportEvidence[]) =>
  evidence.length > 0 ? evidence.map((e) => e.quote).join('\n') : null;

/** A yes or no as text; null where it does not apply. */
const flag = (value: boolean | null) => (value === null ? null : String(value));

/** The exported attributes of nodes, with a name column per language asked for. */
export function nodeAttributes(langs: readonly string[]): Attribute<ExportNode>[] {
  return [
    { name: 'kind', type: 'string', value: (n) => n.kind },
    ...langs.map((lang): Attribute<ExportNode> => ({
      name: `name_${lang}`,
      type: 'string',
      value: (n) => n.names[lang] ?? null,
    })),
    { name: 'statement', type: 'string', value: (n) => n.statement },
    ...langs.map((lang): Attribute<ExportNode> => ({
      name: `statement_${lang}`,
      type: 'string',
      value: (n) => n.statements[lang] ?? null,
    })),
    { name: 'mode', type: 'string', value: (n) => n.mode },
    { name: 'speaker', type: 'string', value: (n) => n.speaker },
    { name: 'dateStart', type: 'date', value: (n) => n.dateStart },
    { name: 'dateEnd', type: 'date', value: (n) => n.dateEnd },
    { name: 'datePrecision', type: 'string', value: (n) => n.datePrecision },
    { name: 'sources', type: 'integer', value: (n) => n.support?.sources ?? null },
    {
      name: 'independentSources',
      type: 'integer',
      value: (n) => n.support?.independentSources ?? null,
    },
    { name: 'outlets', type: 'integer', value: (n) => n.support?.outlets ?? null },
    { name: 'disputed', type: 'string', value: (n) => flag(n.disputed) },
    { name: 'evidenceCount', type: 'integer', value: (n) => n.evidence.length },
    { name: 'quotes', type: 'string', value: (n) => quotes(n.evidence) },
    { name: 'evidence', type: 'json', value: (n) => n.evidence },
  ];
}

export const EDGE_ATTRIBUTES: Attribute<ExportEdge>[] = [
  { name: 'relationship', type: 'string', value: (e) => e.type },
  { name: 'basis', type: 'string', value: (e) => e.basis },
  { name: 'basisNote', type: 'string', value: (e) => e.basisNote },
  { name: 'basisReference', type: 'string', value: (e) => e.basisReference },
  { name: 'attestedBy', type: 'string', value: (e) => e.attestedBy },
  { name: 'sources', type: 'integer', value: (e) => e.support.sources },
  { name: 'independentSources', type: 'integer', value: (e) => e.support.independentSources },
  { name: 'outlets', type: 'integer', value: (e) => e.support.outlets },
  { name: 'disputed', type: 'string', value: (e) => flag(e.disputed) },
  { name: 'evidenceCount', type: 'integer', value: (e) => e.evidence.length },
  { name: 'quotes', type: 'string', value: (e) => quotes(e.evidence) },
  { name: 'evidence', type: 'json', value: (e) => e.evidence },
];

/** A value as text, for formats that hold only text (XML attributes and elements, CSV). */
function scalar(value: Value): string | number | null {
  if (Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/** One export format, written piece by piece. */
export interface ExportFormat {
  contentType: string;
  head(): string;
  /** Between the last node and the first edge. */
  middle(): string;
  node(node: ExportNode, index: number): string;
  edge(edge: ExportEdge, index: number): string;
  tail(): string;
}

// Characters XML 1.0 cannot hold at all, even escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text made safe for an XML attribute or element. */
export function xmlText(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

// A date attribute is ISO text in both XML formats: GEXF's own `date` type is one that networkx
// cannot read, and GraphML has none. In GEXF, a node's `start` and `end` carry its dates as dates.
const GEXF_TYPE = { string: 'string', integer: 'integer', date: 'string', json: 'string' } as const;
const GRAPHML_TYPE = { string: 'string', integer: 'int', date: 'string', json: 'string' } as const;

/**
 * GEXF for Gephi: a dynamic graph whose dated events and claims carry `start` and `end` (open
 * where the source gives no bound), so that Gephi's timeline slices the graph by date; undated
 * nodes are there all the time.
 */
export function gexf(langs: readonly string[]): ExportFormat {
  const nodeAttrs = nodeAttributes(langs);
  const declare = (cls: string, attrs: Attribute<never>[]) =>
    `    <attributes class="${cls}">\n${attrs
      .map(
        (a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>\n`,
      )
      .join('')}    </attributes>\n`;
  const values = <T>(attrs: Attribute<T>[], row: T) => {
    const present = attrs.flatMap((a) => {
      const value = scalar(a.value(row));
      return value === null
        ? []
        : [`<attvalue for="${a.name}" value="${xmlText(String(value))}"/>`];
    });
    return present.length > 0 ? `<attvalues>${present.join('')}</attvalues>` : '';
  };
  const lifetime = (n: ExportNode) =>
    (n.dateStart ? ` start="${xmlText(n.dateStart)}"` : '') +
    (n.dateEnd ? ` end="${xmlText(n.dateEnd)}"` : '');
  return {
    contentType: 'application/gexf+xml; charset=utf-8',
    head: () =>
      `${XML_HEAD}<gexf xmlns="http://gexf.net/1.3" version="1.3">\n` +
      `  <meta><creator>Parley</creator></meta>\n` +
      `  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n` +
      declare('node', nodeAttrs as Attribute<never>[]) +
      declare('edge', EDGE_ATTRIBUTES as Attribute<never>[]) +
      `    <nodes>\n`,
    node: (n) =>
      `      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}"${lifetime(n)}>${values(nodeAttrs, n)}</node>\n`,
    middle: () => `    </nodes>\n    <edges>\n`,
    edge: (e) =>
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.label)}">${values(EDGE_ATTRIBUTES, e)}</edge>\n`,
    tail: () => `    </edges>\n  </graph>\n</gexf>\n`,
  };
}

export function graphml(langs: readonly string[]): ExportFormat {
  const nodeAttrs = nodeAttributes(langs);
  const declare = (domain: string, prefix: string, attrs: Attribute<never>[]) =>
    attrs
      .map(
        (a) =>
          `  <key id="${prefix}${a.name}" for="${domain}" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>\n`,
      )
      .join('');
  const data = <T>(prefix: string, attrs: Attribute<T>[], row: T) =>
    attrs
      .flatMap((a) => {
        const value = scalar(a.value(row));
        return value === null
          ? []
          : [`<data key="${prefix}${a.name}">${xmlText(String(value))}</data>`];
      })
      .join('');
  return {
    contentType: 'application/graphml+xml; charset=utf-8',
    head: () =>
      `${XML_HEAD}<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n` +
      `  <key id="label" for="node" attr.name="label" attr.type="string"/>\n` +
      `  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n` +
      declare('node', 'n_', nodeAttrs as Attribute<never>[]) +
      declare('edge', 'e_', EDGE_ATTRIBUTES as Attribute<never>[]) +
      `  <graph id="parley" edgedefault="directed">\n`,
    node: (n) =>
      `    <node id="${xmlText(n.id)}"><data key="label">${xmlText(n.label)}</data>${data('n_', nodeAttrs, n)}</node>\n`,
    middle: () => '',
    edge: (e) =>
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"><data key="e_label">${xmlText(e.label)}</data>${data('e_', EDGE_ATTRIBUTES, e)}</edge>\n`,
    tail: () => `  </graph>\n</graphml>\n`,
  };
}

// In JSON, lists stay lists.
const attributesOf = <T>(attrs: Attribute<T>[], row: T) =>
  Object.fromEntries(attrs.map((a) => [a.name, a.value(row)]));

/** graphology's serialisation: `graph.import(json)` reads it as it is. */
export function graphologyJson(langs: readonly string[]): ExportFormat {
  const nodeAttrs = nodeAttributes(langs);
  return {
    contentType: 'application/json; charset=utf-8',
    head: () =>
      `{"options":{"type":"directed","multi":true,"allowSelfLoops":true},"attributes":{"name":"Parley"},"nodes":[\n`,
    node: (n, i) =>
      `${i > 0 ? ',' : ''}${JSON.stringify({ key: n.id, attributes: { label: n.label, ...attributesOf(nodeAttrs, n) } })}\n`,
    middle: () => `],"edges":[\n`,
    edge: (e, i) =>
      `${i > 0 ? ',' : ''}${JSON.stringify({ key: e.id, source: e.source, target: e.target, attributes: { label: e.label, ...attributesOf(EDGE_ATTRIBUTES, e) } })}\n`,
    tail: () => `]}\n`,
  };
}

/**
 * Cytoscape.js elements: `cytoscape({ elements: json.elements })`; with the graph's `data` and
 * kind at the top, and each node's `value` and `name` and each edge's `key`, as networkx's
 * `cytoscape_graph` reads them.
 */
export function cytoscapeJson(langs: readonly string[]): ExportFormat {
  const nodeAttrs = nodeAttributes(langs);
  return {
    contentType: 'application/json; charset=utf-8',
    head: () =>
      `{"data":{"name":"Parley"},"directed":true,"multigraph":true,"elements":{"nodes":[\n`,
    node: (n, i) =>
      `${i > 0 ? ',' : ''}${JSON.stringify({ data: { id: n.id, value: n.id, name: n.label, label: n.label, ...attributesOf(nodeAttrs, n) } })}\n`,
    middle: () => `],"edges":[\n`,
    edge: (e, i) =>
      `${i > 0 ? ',' : ''}${JSON.stringify({ data: { id: e.id, key: e.id, source: e.source, target: e.target, label: e.label, ...attributesOf(EDGE_ATTRIBUTES, e) } })}\n`,
    tail: () => `]}}\n`,
  };
}

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
export function csvField(value: Value): string {
  const plain = scalar(value);
  if (plain === null) return '';
  const text = String(plain);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (values: Value[]) => `${values.map(csvField).join(',')}\r\n`;

// A byte-order mark first, so that a spreadsheet reads the file as UTF-8, not as a legacy code page.
const BOM = '\ufeff';

/** nodes.csv: Gephi reads `Id` and `Label`, and every other column as an attribute. */
export function nodesCsv(langs: readonly string[]): ExportFormat {
  const attrs = nodeAttributes(langs);
  return {
    contentType: 'text/csv; charset=utf-8',
    head: () => BOM + csvRow(['Id', 'Label', ...attrs.map((a) => a.name)]),
    node: (n) => csvRow([n.id, n.label, ...attrs.map((a) => a.value(n))]),
    middle: () => '',
    edge: () => '',
    tail: () => '',
  };
}

/** edges.csv: Gephi reads `Source`, `Target`, `Id` and `Label`. */
export function edgesCsv(): ExportFormat {
  return {
    contentType: 'text/csv; charset=utf-8',
    head: () =>
      BOM + csvRow(['Id', 'Source', 'Target', 'Label', ...EDGE_ATTRIBUTES.map((a) => a.name)]),
    node: () => '',
    middle: () => '',
    edge: (e) =>
      csvRow([e.id, e.source, e.target, e.label, ...EDGE_ATTRIBUTES.map((a) => a.value(e))]),
    tail: () => '',
  };
}
