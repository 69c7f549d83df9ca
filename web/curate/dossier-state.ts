/** A span of the open source: code points of its NFC text, end exclusive, and its quote. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

export type Item = Record<string, unknown>;

/** The dossier being annotated, as plain data in the format of seed/dossiers/, with undo. */
export class DossierState {
  private past: string[] = [];
  private future: string[] = [];

  constructor(
    public data: Item,
    private readonly onChange: () => void,
  ) {}

  list(key: 'entities' | 'events' | 'claims' | 'relationships'): Item[] {
    if (!Array.isArray(this.data[key])) this.data[key] = [];
    return this.data[key] as Item[];
  }

  /** Every id the dossier declares, with what it is. */
  declared(): Array<{ id: string; kind: string; label: string }> {
    const name = (item: Item) => {
      const names = (item.names ?? {}) as Record<string, string>;
      return names.en ?? Object.values(names)[0] ?? String(item.id);
    };
    return [
      ...this.list('entities').map((e) => ({
        id: String(e.id),
        kind: String(e.kind),
        label: name(e),
      })),
      ...this.list('events').map((e) => ({ id: String(e.id), kind: 'Event', label: name(e) })),
      ...this.list('claims').map((c) => ({ id: String(c.id), kind: 'Claim', label: String(c.id) })),
    ];
  }

  /** An id not yet taken in the dossier: the wanted one, else with -2, -3 ... */
  freeId(wanted: string): string {
    const taken = new Set(this.declared().map((d) => d.id));
    if (!taken.has(wanted)) return wanted;
    for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
  }

  /** Makes a change as one step of the history. */
  change(apply: (data: Item) => void): void {
    this.past.push(JSON.stringify(this.data));
    this.future = [];
    apply(this.data);
    this.onChange();
  }

  /**
   * Takes one evidence span out (`entities.3.evidence.0`); an item or participant left with no
   * evidence goes with it, except an entity, which other items may name.
   */
  removeSpan(path: string): void {
    this.change((data) => {
      const parts = path.split('.');
      const owners: Array<{ list: unknown[]; index: number; key: string }> = [];
      let at: unknown = data;
      for (let i = 0; i + 1 < parts.length; i += 2) {
        const list = (at as Item)[parts[i]] as unknown[];
        const index = Number(parts[i + 1]);
        owners.push({ list, index, key: parts[i] });
        at = list[index];
      }
      const span = owners.pop()!;
      span.list.splice(span.index, 1);
      for (let owner = owners.pop(); owner; owner = owners.pop()) {
        const item = owner.list[owner.index] as Item;
        if (owner.key === 'entities' || (item.evidence as unknown[]).length > 0) break;
        owner.list.splice(owner.index, 1);
      }
    });
  }

  undo(): boolean {
    return this.step(this.past, this.future);
  }

  redo(): boolean {
    return this.step(this.future, this.past);
  }

  /** Goes back or forth one change: the state taken from one stack, the current one kept on the other. */
  private step(from: string[], to: string[]): boolean {
    const state = from.pop();
    if (state === undefined) return false;
    to.push(JSON.stringify(this.data));
    this.data = JSON.parse(state) as Item;
    this.onChange();
    return true;
  }
}

/** A span as the dossier writes it. */
export const evidenceOf = (span: Span) => ({ start: span.start, end: span.end, quote: span.quote });

/** An id's slug from a name: lower-case letters, digits and hyphens. */
export const slugOf = (value: string): string =>
  value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
