import {
  claimsOf,
  type ClaimRow,
  eventAccounts,
  type EventAccount,
  type EvidenceSpan,
  sourceText,
} from './api';
import { edgeLabel, graph, nodeLabel, state } from './graph-model';
import { pick, word } from './i18n';

// The side panel: the list of what the selected node said, what is said about it, its
// relationships and its events, sortable by date; and the evidence of whatever is opened, each
// quote shown inside its source with the span highlighted.

const $ = (id: string) => document.getElementById(id)!;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** The quotes of a node or an edge, each shown inside its source with the span highlighted. */
export async function showEvidence(title: string, subtitle: string, spans: EvidenceSpan[]) {
  const panel = $('evidence');
  const heading = element('h2', title);
  heading.dir = 'auto';
  panel.replaceChildren(heading, element('p', subtitle, 'subtitle'));
  if (spans.length === 0) panel.append(element('p', 'No evidence spans.'));
  for (const span of spans) panel.append(await spanFigure(span));
}

/** A quote inside its source, the span highlighted, in the source's language and direction. */
async function spanFigure(span: EvidenceSpan): Promise<HTMLElement> {
  const source = await sourceText(span.source.id);
  const points = Array.from(source.text);
  const before = points.slice(Math.max(0, span.start - 160), span.start).join('');
  const after = points.slice(span.end, span.end + 160).join('');
  const figure = element('figure', undefined, 'evidence');
  const text = element('blockquote');
  text.lang = source.language;
  text.dir = 'auto';
  text.append(
    document.createTextNode(`${span.start > 160 ? '…' : ''}${before}`),
    element('mark', points.slice(span.start, span.end).join('')),
    document.createTextNode(`${after}${span.end + 160 < points.length ? '…' : ''}`),
  );
  const caption = element(
    'figcaption',
    `${source.title ?? source.id}, ${source.publishedOn} · characters ${span.start}–${span.end}`,
  );
  figure.append(text, caption);
  return figure;
}

const dateText = (date: EventAccount['date']) =>
  !date || date.precision === 'UNKNOWN'
    ? 'no date given'
    : date.start === date.end
      ? (date.start ?? '…')
      : `${date.start ?? '…'} – ${date.end ?? '…'}`;

/**
 * A disputed event's evidence as its accounts, side by side: each dossier's date and
 * participants, and its quotes in their own sources, languages and directions. Every span of
 * the event is in one account or more.
 */
export async function showAccounts(event: string, title: string, subtitle: string) {
  const accounts = await eventAccounts(event);
  const panel = $('evidence');
  const heading = element('h2', title);
  heading.dir = 'auto';
  const section = element('section', undefined, 'accounts');
  section.append(element('h3', `${accounts.length} accounts, which disagree`));
  for (const account of accounts) {
    const block = element('article', undefined, 'account');
    block.dataset.dossier = account.dossier;
    const roles = account.participants.map(
      (p) => `${p.role.toLowerCase()}: ${p.entity?.name ?? '?'}`,
    );
    const places = account.places.map((p) => `held in: ${p.entity?.name ?? '?'}`);
    block.append(
      element('h4', account.dossier),
      element('p', [dateText(account.date), ...places, ...roles].join(' · '), 'subtitle'),
    );
    for (const span of account.evidence) block.append(await spanFigure(span));
    section.append(block);
  }
  panel.replaceChildren(heading, element('p', subtitle, 'subtitle'), section);
}

/** What an edge is, in words: its ends, type, label and basis, in the chosen language. */
export function showEdgeEvidence(edge: string) {
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const basis = a.attestedBy ? `known only through ${a.attestedBy}` : a.basis.toLowerCase();
  const { sources, independentSources, outlets } = a.support;
  return showEvidence(
    `${nodeLabel(source)} → ${nodeLabel(target)}`,
    `${a.type} · ${edgeLabel(edge)} · ${basis} · ${sources} source(s), ` +
      `${independentSources} independent, ${outlets} outlet(s)` +
      (a.disputed ? ' · disputed: sources give opposite stances' : ''),
    a.evidence,
  );
}

interface Row {
  id: string;
  date: string | null;
  text: string;
  note: string;
  open: () => void;
}

let newestFirst = false;
let shown: { node: string; said: ClaimRow[]; about: ClaimRow[] } | null = null;

const claimText = (claim: ClaimRow) =>
  pick(Object.fromEntries(claim.statements.map((s) => [s.lang, s.value])), state.lang) ??
  claim.statement;

function claimRows(claims: ClaimRow[]): Row[] {
  return claims.map((claim) => ({
    id: claim.id,
    date: claim.date.start ?? claim.date.end,
    text: claimText(claim),
    note: `${claim.mode.toLowerCase()}${claim.speaker ? ` · ${nodeLabelIfShown(claim.speaker.id)}` : ''}`,
    open: () =>
      void showEvidence(
        claimText(claim),
        `${word(state.lang, 'Claim')} · ${claim.id}`,
        claim.evidence,
      ),
  }));
}

const nodeLabelIfShown = (id: string) => (graph.hasNode(id) ? nodeLabel(id) : id);

/** The selected node's relationships and events, as the graph on screen holds them. */
function graphRows(node: string): { relationships: Row[]; events: Row[] } {
  const relationships: Row[] = [];
  const events: Row[] = [];
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    const other = source === node ? target : source;
    const o = graph.getNodeAttributes(other);
    const row = {
      id: edge,
      date: o.dateStart ?? o.dateEnd,
      text: `${source === node ? '→' : '←'} ${nodeLabel(other)}`,
      note: edgeLabel(edge),
      open: () => void showEdgeEvidence(edge),
    };
    if (o.group === 'Event') events.push(row);
    else if (o.group !== 'Claim') relationships.push(row);
  });
  return { relationships, events };
}

function byDate(rows: Row[]): Row[] {
  const key = (row: Row) => row.date ?? (newestFirst ? '0000' : '9999');
  return [...rows].sort((a, b) => (newestFirst ? -1 : 1) * key(a).localeCompare(key(b)));
}

function section(title: string, rows: Row[], name: string): HTMLElement {
  const part = element('section');
  part.dataset.list = name;
  part.append(element('h3', `${title} (${rows.length})`));
  const list = element('ol');
  for (const row of byDate(rows)) {
    const item = element('li');
    item.dataset.id = row.id;
    item.tabIndex = 0;
    const date = element('time', row.date ?? '—');
    const text = element('span', row.text, 'text');
    text.dir = 'auto';
    item.append(date, text, element('span', row.note, 'note'));
    item.addEventListener('click', row.open);
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') row.open();
    });
    list.append(item);
  }
  part.append(list);
  return part;
}

/** Lists the selected node's claims (as speaker and as subject), relationships and events. */
export async function showList(node: string): Promise<void> {
  const [said, about] = await Promise.all([claimsOf(node, 'speaker'), claimsOf(node, 'subject')]);
  shown = { node, said, about };
  renderList();
}

export function renderList(): void {
  const panel = $('list');
  if (!shown || !graph.hasNode(shown.node)) {
    panel.replaceChildren();
    return;
  }
  const { node, said, about } = shown;
  const { relationships, events } = graphRows(node);
  const heading = element('h2', nodeLabel(node));
  heading.dir = 'auto';
  const sort = element('button', newestFirst ? 'Newest first' : 'Oldest first');
  sort.type = 'button';
  sort.id = 'list-sort';
  sort.addEventListener('click', () => {
    newestFirst = !newestFirst;
    renderList();
  });
  panel.replaceChildren(
    heading,
    sort,
    section('Said', claimRows(said), 'said'),
    section('Said about it', claimRows(about), 'about'),
    section('Relationships', relationships, 'relationships'),
    section('Events', events, 'events'),
  );
}
