import type { DossierState, Item } from './dossier-state';

/** One proposal of a draft still to review, where it is in the dossier, and what it says. */
export interface DraftEntry {
  /** `entities.3`, `drafts.mentions.0`, `drafts.dates.2`. */
  path: string;
  kind: 'item' | 'mention' | 'date';
  label: string;
  note: string;
  /** For an ambiguous name: the entities it may name. */
  candidates?: string[];
}

const LISTS = ['entities', 'claims', 'relationships', 'events'] as const;
const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
const draftsOf = (data: Item) => (data.drafts ?? {}) as { mentions?: Item[]; dates?: Item[] };

function itemLabel(key: string, item: Item): string {
  const names = (item.names ?? {}) as Record<string, string>;
  const evidence = list(item.evidence).length;
  switch (key) {
    case 'entities':
      return `${String(item.kind)} ${names.en ?? Object.values(names)[0] ?? ''} (${String(item.id)}), ${evidence} span(s)`;
    case 'claims':
      return `claim ${String(item.id)}${item.speaker ? ` by ${String(item.speaker)}` : ''}, ${String(item.mode)}`;
    case 'relationships':
      return `${String(item.type)} ${String(item.from)} → ${String(item.to)}`;
    default:
      return `event ${String(item.id)}`;
  }
}

/** Every proposal of the dossier a curator has not yet accepted or dropped. */
export function draftEntries(data: Item): DraftEntry[] {
  const entries: DraftEntry[] = [];
  for (const key of LISTS)
    list(data[key]).forEach((item, i) => {
      const mark = item.draft as { by?: string; note?: string } | undefined;
      if (mark)
        entries.push({
          path: `${key}.${i}`,
          kind: 'item',
          label: itemLabel(key, item),
          note: `${mark.by ?? 'draft'}: ${mark.note ?? ''}`,
        });
    });
  list(draftsOf(data).mentions).forEach((m, i) =>
    entries.push({
      path: `drafts.mentions.${i}`,
      kind: 'mention',
      label: `«${String(m.quote)}» at ${String(m.start)}–${String(m.end)}: which one?`,
      note: String(m.note ?? ''),
      candidates: (m.candidates as string[]) ?? [],
    }),
  );
  list(draftsOf(data).dates).forEach((d, i) => {
    const date = (d.date ?? {}) as Record<string, string>;
    entries.push({
      path: `drafts.dates.${i}`,
      kind: 'date',
      label: `«${String(d.quote)}»: ${date.start ?? '…'} to ${date.end ?? '…'} (${date.precision})`,
      note: date.note ?? '',
    });
  });
  return entries;
}

/** A drafts section left with nothing to review goes. */
function dropEmptyDrafts(data: Item): void {
  const drafts = draftsOf(data);
  if (list(drafts.mentions).length === 0 && list(drafts.dates).length === 0) delete data.drafts;
}

/** The item or drafts entry at a path, and the list it is in. */
function at(data: Item, path: string): { list: Item[]; index: number } {
  const parts = path.split('.');
  const index = Number(parts.pop());
  let owner: unknown = data;
  for (const part of parts) owner = (owner as Item)[part];
  return { list: owner as Item[], index };
}

/** Takes the draft mark off an item: it is the curator's now. */
export function accept(state: DossierState, path: string): void {
  state.change((data) => {
    const { list: items, index } = at(data, path);
    delete items[index].draft;
  });
}

/** Drops a proposal. */
export function drop(state: DossierState, path: string): void {
  state.change((data) => {
    const { list: items, index } = at(data, path);
    items.splice(index, 1);
    dropEmptyDrafts(data);
  });
}

/**
 * An ambiguous name resolved: its span becomes evidence of the chosen entity (copied into the
 * dossier if it is not there yet) and the proposal goes.
 */
export function choose(
  state: DossierState,
  path: string,
  entity: { id: string; kind: string; names: Record<string, string> },
): void {
  state.change((data) => {
    const { list: mentions, index } = at(data, path);
    const [mention] = mentions.splice(index, 1);
    const entities = state.list('entities');
    let found = entities.find((e) => e.id === entity.id);
    if (!found) {
      found = { id: entity.id, kind: entity.kind, names: entity.names, evidence: [] };
      entities.push(found);
    }
    found.evidence = [
      ...list(found.evidence),
      { start: mention.start, end: mention.end, quote: mention.quote },
    ];
    dropEmptyDrafts(data);
  });
}

/**
 * Adds a draft's proposals to the dossier being annotated, as one step: entities it does not hold
 * yet, every claim (under a free id) and relationship, and the ambiguous names and dates.
 */
export function mergeDraft(state: DossierState, draft: Item): number {
  let added = 0;
  state.change((data) => {
    const entities = state.list('entities');
    for (const e of list(draft.entities))
      if (!entities.some((known) => known.id === e.id)) {
        entities.push(e);
        added += 1;
      }
    for (const c of list(draft.claims)) {
      state.list('claims').push({ ...c, id: state.freeId(String(c.id)) });
      added += 1;
    }
    for (const e of list(draft.events)) {
      state.list('events').push({ ...e, id: state.freeId(String(e.id)) });
      added += 1;
    }
    for (const r of list(draft.relationships)) {
      state.list('relationships').push(r);
      added += 1;
    }
    const drafts = draftsOf(draft);
    const mine = draftsOf(data);
    const mentions = [...list(mine.mentions), ...list(drafts.mentions)];
    const dates = [...list(mine.dates), ...list(drafts.dates)];
    added += list(drafts.mentions).length + list(drafts.dates).length;
    if (mentions.length + dates.length > 0) data.drafts = { mentions, dates };
  });
  return added;
}
