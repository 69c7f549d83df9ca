import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { annotationsOf, segmentsOf, type Annotation } from './annotations';
import { CodePointText } from '../../src/model/code-point-text';
import { apiFetch, graphql } from '../explore/api';
import { DossierState, slugOf, type Span } from './dossier-state';
import { accept, choose, draftEntries, drop, mergeDraft } from './drafts';
import { DRAFT_PATH } from '../../src/model/draft-path';
import {
  aliasForm,
  claimForm,
  entityForm,
  evidenceForm,
  eventForm,
  relationshipForm,
  type FormContext,
} from './forms';

/**
 * The curation page: opens a source (from the graph, a saved dossier, or a new text), shows it in
 * its own direction with the dossier's evidence spans drawn on it, and gives any selection's exact
 * offsets: code points of the NFC text, end exclusive, as ingest counts them.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textEl = $<HTMLElement>('text');
const statusEl = $<HTMLElement>('status');
const selectionEl = $<HTMLElement>('selection');
const hoverEl = $<HTMLElement>('hover');
const itemList = $<HTMLOListElement>('item-list');
const formEl = $<HTMLElement>('form');
const tokenInput = $<HTMLInputElement>('token');
const problemsEl = $<HTMLOListElement>('problems');
const checkStatus = $<HTMLElement>('check-status');
const ingestButton = $<HTMLButtonElement>('ingest');
const draftButton = $<HTMLButtonElement>('draft');
const importButton = $<HTMLButtonElement>('import');
const draftsEl = $<HTMLOListElement>('drafts');
const draftsStatus = $<HTMLElement>('drafts-status');

// The token lives in this tab's session only: never in a cookie, never on disk.
const TOKEN_KEY = 'parley-curator-token';
tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
tokenInput.addEventListener('input', () => sessionStorage.setItem(TOKEN_KEY, tokenInput.value));

/** What is open: the source's text and the dossier being annotated. */
interface Opened {
  title: string;
  sourceId: string;
  language: string;
  publishedOn: string;
  /** The source's `file` in the dossier: the key its text is sent under. */
  file: string;
  points: CodePointText;
  state: DossierState;
  annotations: Annotation[];
}
let opened: Opened | null = null;
/** The last span selected in the text: what the forms annotate. */
let span: Span | null = null;

const status = (message: string) => {
  statusEl.textContent = message;
};

async function getJson<T>(url: string): Promise<T> {
  const response = await apiFetch(url);
  const body = await response.json();
  if (!response.ok)
    throw new Error(`${body.errors?.[0]?.extensions?.code}: ${body.errors?.[0]?.message}`);
  return body as T;
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'ckb', 'dv']);

/** A new dossier of one source, named for it: `<name>` and `source:<name>`. */
function dossierOfSource(
  name: string,
  source: {
    language: string;
    publishedOn: string;
    title: Record<string, string>;
    publisher?: string | null;
  },
) {
  return {
    dossier: name,
    sources: [
      {
        id: `source:${name}`,
        file: `sources/${name}.txt`,
        language: source.language,
        publishedOn: source.publishedOn,
        title: source.title,
        ...(source.publisher ? { publisher: source.publisher } : {}),
      },
    ],
  };
}

/** A button that looks like a link, for a list of things to show. */
function linkButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.textContent = text;
  button.addEventListener('click', onClick);
  return button;
}

/** Opens a text with its dossier. */
function open(next: {
  title: string;
  sourceId: string;
  language: string;
  text: string;
  dossier: Record<string, unknown>;
}): void {
  const started = performance.now();
  document.body.dataset.ready = 'false';
  const text = next.text.normalize('NFC');
  const source = ((next.dossier.sources ?? []) as Array<Record<string, unknown>>).find(
    (s) => s.id === next.sourceId,
  );
  opened = {
    title: next.title,
    sourceId: next.sourceId,
    language: next.language,
    publishedOn: String(source?.publishedOn ?? ''),
    file: String(source?.file ?? `sources/${next.sourceId.replace(/^source:/, '')}.txt`),
    points: new CodePointText(text),
    state: new DossierState(next.dossier, changed),
    annotations: [],
  };
  span = null;
  draftButton.disabled = false;
  importButton.disabled = false;
  formEl.replaceChildren();
  textEl.lang = next.language;
  textEl.dir = RTL.has(next.language) ? 'rtl' : 'ltr';
  render();
  scheduleCheck();
  // Ready once laid out and painted: the layout forced here, the paint at the next frame's end.
  void textEl.offsetHeight;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const readyMs = Math.round(performance.now() - started);
      document.body.dataset.ready = 'true';
      document.body.dataset.readyMs = String(readyMs);
      status(
        `${next.title}: ${opened!.points.length.toLocaleString('en')} characters, ` +
          `${opened!.annotations.length} evidence span(s) drawn, ready in ${readyMs} ms.`,
      );
    }),
  );
}

/** After every change of the dossier: draw it again and check it. */
function changed(): void {
  render();
  scheduleCheck();
}

/** Draws the text and the dossier's evidence spans on it, and their list. */
function render(): void {
  if (!opened) return;
  const { points } = opened;
  const annotations = annotationsOf(opened.state.data, opened.sourceId);
  opened.annotations = annotations;
  segments = segmentsOf(points.length, annotations);
  const fragment = document.createDocumentFragment();
  segments.forEach((segment, i) => {
    const piece = points.slice(segment.start, segment.end);
    if (segment.covering.length === 0) {
      fragment.append(piece);
      return;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece;
    mark.dataset.segment = String(i);
    mark.dataset.depth = String(Math.min(3, segment.covering.length));
    if (segment.covering.every((a) => a.draft)) mark.dataset.draft = 'true';
    mark.title = segment.covering.map((a) => a.label).join('\n');
    fragment.append(mark);
  });
  textEl.replaceChildren(fragment);
  renderDrafts();
  itemList.replaceChildren(
    ...annotations.map((a) => {
      const li = document.createElement('li');
      const button = linkButton(`${a.label}: ${a.start}–${a.end}`, () => reveal(a));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'remove';
      remove.textContent = '×';
      remove.title = 'Remove this span (and its item, if it was its only evidence)';
      remove.setAttribute('aria-label', `Remove ${a.label}: ${a.start}–${a.end}`);
      remove.addEventListener('click', () => opened?.state.removeSpan(a.path));
      li.append(button, ' ', remove);
      return li;
    }),
  );
}
let segments: ReturnType<typeof segmentsOf> = [];

/** Scrolls to an annotation and outlines its marks. */
function reveal(annotation: Annotation): void {
  const marks = [...textEl.querySelectorAll<HTMLElement>('mark')];
  for (const mark of marks) {
    const segment = segments[Number(mark.dataset.segment)];
    mark.classList.toggle('current', segment.covering.includes(annotation));
  }
  textEl.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  showItems([annotation]);
}

function showItems(annotations: Annotation[]): void {
  hoverEl.replaceChildren();
  if (annotations.length === 0) return;
  const heading = document.createElement('h2');
  heading.textContent = 'Evidence of';
  const ul = document.createElement('ul');
  for (const a of annotations) {
    const li = document.createElement('li');
    li.textContent = `${a.label} (${a.path}, ${a.start}–${a.end}) `;
    // The graph's view of each node it names, one click away.
    for (const id of new Set(a.label.match(/\b[a-z]+:[a-z0-9][a-z0-9:-]*/g) ?? [])) {
      const link = document.createElement('a');
      link.href = `/explore?focus=${encodeURIComponent(id)}`;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = `${id} in the explorer`;
      li.append(link, ' ');
    }
    ul.append(li);
  }
  hoverEl.append(heading, ul);
}

textEl.addEventListener('mouseover', (event) => {
  const mark = (event.target as HTMLElement).closest('mark');
  if (mark) showItems(segments[Number(mark.dataset.segment)]?.covering ?? []);
});

/** The UTF-16 offset, within the text, of a point of the DOM inside it. */
function unitOffset(node: Node, offset: number): number {
  let target = node;
  let within = offset;
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: the text before the child it names.
    const child = node.childNodes[offset];
    if (child) {
      target = child;
      within = 0;
    } else {
      return unitOffset(node, 0) + (node.textContent?.length ?? 0);
    }
  }
  let total = 0;
  const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === target || (target.contains(current) && within === 0)) return total + within;
    total += current.textContent?.length ?? 0;
  }
  return total;
}

/** The selection's span in code points, or null when nothing of the text is selected. */
function selectedSpan(): { start: number; end: number; quote: string } | null {
  const selection = document.getSelection();
  if (!opened || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!textEl.contains(range.commonAncestorContainer)) return null;
  const from = unitOffset(range.startContainer, range.startOffset);
  const to = unitOffset(range.endContainer, range.endOffset);
  const start = opened.points.point(Math.min(from, to));
  const end = opened.points.point(Math.max(from, to));
  return end > start ? { start, end, quote: opened.points.slice(start, end) } : null;
}

let pending = 0;
document.addEventListener('selectionchange', () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => {
    const selected = selectedSpan();
    if (!selected || !opened) return;
    span = selected;
    const heading = document.createElement('h2');
    heading.textContent = 'Selection';
    const offsets = document.createElement('p');
    offsets.className = 'offsets';
    offsets.id = 'selected-offsets';
    offsets.textContent = `start: ${span.start}, end: ${span.end}`;
    offsets.dataset.start = String(span.start);
    offsets.dataset.end = String(span.end);
    const quote = document.createElement('p');
    quote.className = 'quote';
    quote.id = 'selected-quote';
    quote.dir = 'auto';
    quote.textContent = span.quote;
    const inside = opened.annotations.filter(
      (a) => a.start < selected.end && a.end > selected.start,
    );
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent =
      inside.length > 0
        ? `Overlaps ${inside.length} evidence span(s): ${inside.map((a) => a.label).join('; ')}`
        : 'No evidence span overlaps it yet.';
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const [id, text, key] of ACTIONS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = id;
      button.textContent = text;
      button.title = `Key: ${key}`;
      button.addEventListener('click', () => showForm(id));
      actions.append(button);
    }
    selectionEl.replaceChildren(heading, offsets, quote, note, actions);
  });
});

// What a selection can become, with the key that does it while the text has the focus.
const ACTIONS: Array<[string, string, string]> = [
  ['add-entity', 'Entity', 'e'],
  ['add-alias', 'Another name', 'a'],
  ['add-relationship', 'Relationship', 'r'],
  ['add-claim', 'Claim', 'c'],
  ['add-event', 'Event', 'v'],
  ['add-evidence', 'Evidence of…', 'x'],
];
const FORMS: Record<string, (ctx: FormContext) => HTMLElement> = {
  'add-entity': entityForm,
  'add-alias': aliasForm,
  'add-relationship': relationshipForm,
  'add-claim': claimForm,
  'add-event': eventForm,
  'add-evidence': evidenceForm,
};

function showForm(action: string): void {
  if (!opened || !span) return;
  const form = FORMS[action]({
    state: opened.state,
    span,
    sourceId: opened.sourceId,
    language: opened.language,
    publishedOn: opened.publishedOn,
    searchGraph,
    done: (message) => {
      formEl.replaceChildren();
      status(message);
      textEl.focus();
    },
  });
  formEl.replaceChildren(form);
  form.querySelector<HTMLElement>('input:not([type=checkbox]), select')?.focus();
}

async function searchGraph(query: string) {
  const data = await graphql<{
    search: Array<{
      entity: { id: string; kind: string; names: Array<{ lang: string; value: string }> };
    }>;
  }>(
    'query ($q: String!) { search(query: $q, first: 8) { entity { id kind names { lang value } } } }',
    {
      q: query,
    },
  );
  return data.search.map(({ entity }) => ({
    id: entity.id,
    kind: entity.kind,
    names: Object.fromEntries(entity.names.map(({ lang, value }) => [lang, value])),
  }));
}

document.addEventListener('keydown', (event) => {
  const typing = (event.target as HTMLElement).closest('input, select, textarea');
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing) {
    event.preventDefault();
    if (event.shiftKey) opened?.state.redo();
    else opened?.state.undo();
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey || !span) return;
  const action = ACTIONS.find(([, , key]) => key === event.key);
  if (action) {
    event.preventDefault();
    showForm(action[0]);
  }
});
$<HTMLButtonElement>('undo').addEventListener('click', () => opened?.state.undo());
$<HTMLButtonElement>('redo').addEventListener('click', () => opened?.state.redo());

/** The body the write API takes: the dossier's YAML and its source's text. */
const body = () =>
  JSON.stringify({
    dossier: toYaml(opened!.state.data),
    sources: { [opened!.file]: opened!.points.text },
  });

let checkTimer = 0;
let lastCheck: { valid: boolean; yaml: string | null } | null = null;
function scheduleCheck(): void {
  clearTimeout(checkTimer);
  ingestButton.disabled = true;
  document.body.dataset.problems = 'pending';
  checkStatus.textContent = 'Checking …';
  checkTimer = window.setTimeout(() => void check(), 300);
}

/** The server's own validator on the dossier as it stands: every problem at its path. */
async function check(): Promise<void> {
  if (!opened) return;
  const sent = body();
  const response = await apiFetch('/api/dossiers/check', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: sent,
  });
  const answer = await response.json();
  if (sent !== body()) return; // changed since: a newer check is on its way
  if (!response.ok) {
    checkStatus.textContent = `The check failed: ${answer.errors?.[0]?.message}`;
    return;
  }
  lastCheck = answer;
  const all = answer.problems as Array<{ path: string; message: string }>;
  // Drafts left to review are listed under Drafts; they keep the dossier from ingest all the same.
  const problems = all.filter((p) => !DRAFT_PATH.test(p.path));
  const drafts = all.length - problems.length;
  document.body.dataset.problems = String(all.length);
  checkStatus.textContent =
    all.length === 0
      ? 'Valid: it can be ingested.'
      : `${problems.length} problem(s)${drafts > 0 ? ` and ${drafts} draft(s) to review` : ''}: it cannot be ingested yet.`;
  ingestButton.disabled = all.length > 0;
  problemsEl.replaceChildren(
    ...problems.map((problem) => {
      const li = document.createElement('li');
      const button = linkButton(`${problem.path || '(the dossier)'}: ${problem.message}`, () => {
        // The item the problem is in, shown on the text when it has a span there.
        const item = problem.path.split('.').slice(0, 2).join('.');
        const shown = opened?.annotations.find((a) => a.path.startsWith(`${item}.`));
        if (shown) reveal(shown);
        else status(`${problem.path}: ${problem.message}`);
      });
      li.append(button);
      return li;
    }),
  );
}

/** The proposals left to review, each with what accepts, drops or resolves it. */
function renderDrafts(): void {
  if (!opened) return;
  const state = opened.state;
  const entries = draftEntries(state.data);
  document.body.dataset.drafts = String(entries.length);
  draftsStatus.textContent =
    entries.length === 0
      ? 'Nothing left to review.'
      : `${entries.length} proposal(s) to review: accept, drop or choose each.`;
  draftsEl.replaceChildren(
    ...entries.map((entry) => {
      const li = document.createElement('li');
      li.dataset.path = entry.path;
      li.className = `draft ${entry.kind}`;
      const label = document.createElement('span');
      label.className = 'label';
      label.dir = 'auto';
      label.textContent = entry.label;
      label.title = entry.note;
      const shown = opened?.annotations.find((a) => a.path.startsWith(`${entry.path}.`));
      li.append(shown ? linkButton(entry.label, () => reveal(shown)) : label, ' ');
      const button = (text: string, name: string, onClick: () => void) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = text;
        b.setAttribute('aria-label', `${name} ${entry.path}`);
        b.addEventListener('click', onClick);
        li.append(b, ' ');
      };
      if (entry.kind === 'item') button('Accept', 'Accept', () => accept(state, entry.path));
      for (const id of entry.candidates ?? [])
        button(id, `Choose ${id} for`, () => void chooseCandidate(entry.path, id));
      button('Drop', 'Drop', () => drop(state, entry.path));
      const note = document.createElement('p');
      note.className = 'hint';
      note.textContent = entry.note;
      li.append(note);
      return li;
    }),
  );
}

async function chooseCandidate(path: string, id: string): Promise<void> {
  if (!opened) return;
  const known = opened.state.list('entities').find((e) => e.id === id);
  const entity = known
    ? { id, kind: String(known.kind), names: known.names as Record<string, string> }
    : await graphql<{
        entity: { id: string; kind: string; names: Array<{ lang: string; value: string }> };
      }>('query ($id: ID!) { entity(id: $id) { id kind names { lang value } } }', { id }).then(
        ({ entity: e }) => ({
          id: e.id,
          kind: e.kind,
          names: Object.fromEntries(e.names.map(({ lang, value }) => [lang, value])),
        }),
      );
  choose(opened.state, path, entity);
}

/** The open article as the draft and import routes take it. */
function articleBody(): Record<string, unknown> {
  const source = ((opened!.state.data.sources ?? []) as Array<Record<string, unknown>>)[0];
  const title = source?.title
    ? Object.values(source.title as Record<string, string>)[0]
    : undefined;
  return {
    text: opened!.points.text,
    language: opened!.language,
    publishedOn: opened!.publishedOn,
    dossier: String(opened!.state.data.dossier),
    sourceId: opened!.sourceId,
    file: opened!.file,
    ...(title ? { title } : {}),
  };
}

/** Sends the article to a route that proposes a dossier, and adds what it proposes as one step. */
async function propose(url: string, extra: Record<string, unknown>, what: string): Promise<void> {
  if (!opened) return;
  status(`${what} …`);
  const response = await apiFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...articleBody(), ...extra }),
  });
  const answer = await response.json();
  if (!response.ok) {
    const error = answer.errors?.[0];
    const problems = (error?.extensions?.problems ?? []) as Array<{
      path: string;
      message: string;
    }>;
    status(
      `Nothing added (${error?.extensions?.code}): ${
        problems.length > 0
          ? problems.map((p) => `${p.path}: ${p.message}`).join('; ')
          : error?.message
      }`,
    );
    return;
  }
  const added = mergeDraft(opened.state, answer.dossier as Record<string, unknown>);
  status(`${added} item(s) proposed; review each under Drafts.`);
}

draftButton.addEventListener('click', async () => {
  draftButton.disabled = true;
  try {
    await propose('/api/dossiers/draft', {}, 'Drafting from the graph’s names');
  } finally {
    draftButton.disabled = false;
  }
});

const importFile = $<HTMLInputElement>('import-file');
importButton.addEventListener('click', () => importFile.click());
importFile.addEventListener('change', async () => {
  const file = importFile.files?.[0];
  importFile.value = '';
  if (!file) return;
  const format = file.name.endsWith('.ann') ? 'brat' : 'w3c';
  await propose(
    '/api/dossiers/import',
    { format, annotations: await file.text() },
    `Importing ${file.name}`,
  );
});

/** A write with the curator's token; the answer's error, if any, said in the status line. */
async function write(url: string, method: string): Promise<Record<string, unknown> | null> {
  if (!tokenInput.value.trim()) {
    tokenInput.focus();
    status('A write needs your curator token (npm run token:new makes one).');
    return null;
  }
  const response = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokenInput.value.trim()}`,
    },
    body: body(),
  });
  const answer = await response.json();
  if (!response.ok) {
    status(
      `Refused (${response.status} ${answer.errors?.[0]?.extensions?.code}): ${answer.errors?.[0]?.message}`,
    );
    return null;
  }
  return answer;
}

$<HTMLButtonElement>('save').addEventListener('click', async () => {
  if (!opened) return;
  const id = String(opened.state.data.dossier);
  const answer = await write(`/api/saved-dossiers/${encodeURIComponent(id)}`, 'PUT');
  if (answer) status(`Saved ${id} to the server's dossier folder.`);
});

ingestButton.addEventListener('click', async () => {
  if (!opened) return;
  const answer = await write('/api/dossiers', 'POST');
  if (!answer) return;
  const versions = answer.versions as string[];
  const retracted = answer.retracted as { nodes: number; relationships: number };
  document.body.dataset.ingested = versions.join(',') || 'unchanged';
  status(
    versions.length > 0
      ? `Ingested ${versions.join(', ')}; retracted ${retracted.nodes} node(s) and ${retracted.relationships} relationship(s) only an earlier version stated.`
      : 'The graph holds this dossier as it is: nothing to write.',
  );
});

$<HTMLButtonElement>('download').addEventListener('click', () => {
  if (!opened || !lastCheck?.yaml) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([lastCheck.yaml], { type: 'application/yaml' }));
  link.download = `${String(opened.state.data.dossier)}.yaml`;
  link.click();
  URL.revokeObjectURL(link.href);
});

/** Sources in the graph, for the first menu. */
async function listGraphSources(): Promise<void> {
  const data = await graphql<{
    sources: { nodes: Array<{ id: string; title: string; publishedOn: string }> };
  }>(`
    {
      sources(first: 100) {
        nodes {
          id
          title(lang: "en")
          publishedOn
        }
      }
    }
  `);
  const select = $<HTMLSelectElement>('graph-sources');
  for (const source of data.sources.nodes) {
    const option = document.createElement('option');
    option.value = source.id;
    option.textContent = `${source.publishedOn} ${source.title}`;
    select.append(option);
  }
}

async function listSavedDossiers(): Promise<void> {
  const { dossiers } = await getJson<{ dossiers: Array<{ dossier: string }> }>(
    '/api/saved-dossiers',
  );
  const select = $<HTMLSelectElement>('saved-dossiers');
  for (const { dossier } of dossiers) {
    const option = document.createElement('option');
    option.value = dossier;
    option.textContent = dossier;
    select.append(option);
  }
}

$<HTMLSelectElement>('graph-sources').addEventListener('change', async (event) => {
  const id = (event.target as HTMLSelectElement).value;
  if (!id) return;
  status(`Opening ${id} …`);
  const { source } = await graphql<{
    source: {
      id: string;
      language: string;
      publishedOn: string;
      publisher: string | null;
      text: string;
      titles: Array<{ lang: string; value: string }>;
    };
  }>(
    `
      query ($id: ID!) {
        source(id: $id) {
          id
          language
          publishedOn
          publisher
          text
          titles {
            lang
            value
          }
        }
      }
    `,
    { id },
  );
  const title = Object.fromEntries(source.titles.map(({ lang, value }) => [lang, value]));
  const name = id.replace(/^source:/, '');
  open({
    title: title.en ?? Object.values(title)[0] ?? id,
    sourceId: id,
    language: source.language,
    text: source.text,
    dossier: dossierOfSource(name, { ...source, title }),
  });
});

$<HTMLSelectElement>('saved-dossiers').addEventListener('change', async (event) => {
  const id = (event.target as HTMLSelectElement).value;
  if (!id) return;
  status(`Opening the saved dossier ${id} …`);
  const saved = await getJson<{ dossier: string; sources: Record<string, string> }>(
    `/api/saved-dossiers/${encodeURIComponent(id)}`,
  );
  const dossier = parseYaml(saved.dossier) as Record<string, unknown>;
  const [source] = (dossier.sources ?? []) as Array<{
    id: string;
    file: string;
    language: string;
    title?: Record<string, string>;
  }>;
  const text = source && saved.sources[source.file];
  if (text === undefined) {
    status(`The saved dossier ${id} has no text for its first source.`);
    return;
  }
  open({
    title: source.title?.en ?? id,
    sourceId: source.id,
    language: source.language,
    text,
    dossier,
  });
});

const dialog = $<HTMLDialogElement>('new-text-dialog');
$<HTMLButtonElement>('new-text').addEventListener('click', () => dialog.showModal());
$<HTMLInputElement>('new-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) $<HTMLTextAreaElement>('new-body').value = await file.text();
});
dialog.addEventListener('close', () => {
  if (dialog.returnValue !== 'open') return;
  const value = (id: string) => $<HTMLInputElement>(id).value.trim();
  const text = $<HTMLTextAreaElement>('new-body').value;
  const language = value('new-language');
  const published = value('new-published');
  const title = value('new-title');
  const name = `${published}-${slugOf(title) || 'source'}`;
  open({
    title,
    sourceId: `source:${name}`,
    language,
    text,
    dossier: dossierOfSource(name, {
      language,
      publishedOn: published,
      title: { [language]: title },
      publisher: value('new-publisher'),
    }),
  });
});

Promise.all([listGraphSources(), listSavedDossiers()])
  .then(() => {
    document.body.dataset.loaded = 'true';
    status('Open a source from the graph, a saved dossier, or a new text.');
  })
  .catch((error: unknown) => status(`Could not list what can be opened: ${String(error)}`));
