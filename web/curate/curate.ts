import { parse as parseYaml } from 'yaml';
import { annotationsOf, segmentsOf, type Annotation } from './annotations';
import { CodePoints } from './code-points';

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

/** What is open: the source's text and the dossier being annotated. */
interface Opened {
  title: string;
  sourceId: string;
  language: string;
  points: CodePoints;
  dossier: Record<string, unknown>;
  annotations: Annotation[];
}
let opened: Opened | null = null;

const status = (message: string) => {
  statusEl.textContent = message;
};

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length)
    throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
  return body.data as T;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok)
    throw new Error(`${body.errors?.[0]?.extensions?.code}: ${body.errors?.[0]?.message}`);
  return body as T;
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'ckb', 'dv']);
const slug = (value: string) =>
  value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'source';

/** Shows a text with its dossier: the text in its direction, every evidence span as a mark. */
function open(next: Omit<Opened, 'annotations' | 'points'> & { text: string }): void {
  const started = performance.now();
  document.body.dataset.ready = 'false';
  const text = next.text.normalize('NFC');
  const points = new CodePoints(text);
  const annotations = annotationsOf(next.dossier, next.sourceId);
  opened = { ...next, points, annotations };
  textEl.lang = next.language;
  textEl.dir = RTL.has(next.language) ? 'rtl' : 'ltr';
  const fragment = document.createDocumentFragment();
  segmentsOf(points.length, annotations).forEach((segment, i) => {
    const piece = points.slice(segment.start, segment.end);
    if (segment.covering.length === 0) {
      fragment.append(piece);
      return;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece;
    mark.dataset.segment = String(i);
    mark.dataset.depth = String(Math.min(3, segment.covering.length));
    mark.title = segment.covering.map((a) => a.label).join('\n');
    fragment.append(mark);
  });
  textEl.replaceChildren(fragment);
  itemList.replaceChildren(
    ...annotations.map((a) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = `${a.label}: ${a.start}–${a.end}`;
      button.addEventListener('click', () => reveal(a));
      li.append(button);
      return li;
    }),
  );
  segments = segmentsOf(points.length, annotations);
  // Ready once laid out and painted: the layout forced here, the paint at the next frame's end.
  void textEl.offsetHeight;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const readyMs = Math.round(performance.now() - started);
      document.body.dataset.ready = 'true';
      document.body.dataset.readyMs = String(readyMs);
      status(
        `${next.title}: ${points.length.toLocaleString('en')} characters, ` +
          `${annotations.length} evidence span(s) drawn, ready in ${readyMs} ms.`,
      );
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
    li.textContent = `${a.label} (${a.path}, ${a.start}–${a.end})`;
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
    const span = selectedSpan();
    if (!span || !opened) return;
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
    const inside = opened.annotations.filter((a) => a.start < span.end && a.end > span.start);
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent =
      inside.length > 0
        ? `Overlaps ${inside.length} evidence span(s): ${inside.map((a) => a.label).join('; ')}`
        : 'No evidence span overlaps it yet.';
    selectionEl.replaceChildren(heading, offsets, quote, note);
  });
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
    dossier: {
      dossier: name,
      sources: [
        {
          id,
          file: `sources/${name}.txt`,
          language: source.language,
          publishedOn: source.publishedOn,
          title,
          ...(source.publisher ? { publisher: source.publisher } : {}),
        },
      ],
    },
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
  const name = `${published}-${slug(title)}`;
  const sourceId = `source:${name}`;
  open({
    title,
    sourceId,
    language,
    text,
    dossier: {
      dossier: name,
      sources: [
        {
          id: sourceId,
          file: `sources/${name}.txt`,
          language,
          publishedOn: published,
          title: { [language]: title },
          ...(value('new-publisher') ? { publisher: value('new-publisher') } : {}),
        },
      ],
    },
  });
});

Promise.all([listGraphSources(), listSavedDossiers()])
  .then(() => {
    document.body.dataset.loaded = 'true';
    status('Open a source from the graph, a saved dossier, or a new text.');
  })
  .catch((error: unknown) => status(`Could not list what can be opened: ${String(error)}`));
