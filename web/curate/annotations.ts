/** One evidence span of a dossier drawn on the text, and what it is evidence of. */
export interface Annotation {
  start: number;
  end: number;
  quote: string;
  /** What it is evidence of: `entity person:x`, `relationship LEADS a → b` ... */
  label: string;
  /** Where in the dossier: `entities.3.evidence.0`. */
  path: string;
  /** Whether it is evidence of a draft's proposal, not yet reviewed. */
  draft: boolean;
}

type Item = Record<string, unknown>;
type Span = { source?: string; start: number; end: number; quote: string };

const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
const linkId = (value: unknown): string =>
  typeof value === 'string' ? value : String((value as Item | undefined)?.id ?? '?');

/**
 * Every evidence span of a dossier that is in one of its sources (a span that names no source is
 * in the dossier's first). A draft may be incomplete: what does not have the shape is skipped.
 */
export function annotationsOf(dossier: unknown, sourceId: string): Annotation[] {
  const d = (dossier ?? {}) as Item;
  const first = linkId(list(d.sources)[0]?.id);
  const found: Annotation[] = [];
  const spans = (owner: Item, path: string, label: string, draft = owner.draft !== undefined) =>
    list(owner.evidence).forEach((span, i) => {
      const { source, start, end, quote } = span as unknown as Span;
      if ((source ?? first) !== sourceId) return;
      if (typeof start !== 'number' || typeof end !== 'number' || end <= start) return;
      const where = `${path}.evidence.${i}`;
      found.push({ start, end, quote: String(quote ?? ''), label, path: where, draft });
    });
  list(d.entities).forEach((entity, i) =>
    spans(entity, `entities.${i}`, `${String(entity.kind ?? 'entity')} ${String(entity.id)}`),
  );
  list(d.events).forEach((event, i) => {
    spans(event, `events.${i}`, `event ${String(event.id)}`);
    list(event.participants).forEach((participant, j) =>
      spans(
        participant,
        `events.${i}.participants.${j}`,
        `${linkId(participant.entity)} ${String(participant.role ?? '')} in ${String(event.id)}`,
        event.draft !== undefined,
      ),
    );
  });
  list(d.claims).forEach((claim, i) =>
    spans(
      claim,
      `claims.${i}`,
      `claim ${String(claim.id)}${claim.speaker ? ` by ${linkId(claim.speaker)}` : ''}`,
    ),
  );
  list(d.relationships).forEach((relationship, i) =>
    spans(
      relationship,
      `relationships.${i}`,
      `${String(relationship.type)} ${linkId(relationship.from)} → ${linkId(relationship.to)}`,
    ),
  );
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A stretch of the text and the annotations covering all of it. */
export interface Segment {
  start: number;
  end: number;
  covering: Annotation[];
}

/** The text cut at every annotation's ends: each piece knows what covers it. */
export function segmentsOf(length: number, annotations: Annotation[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const a of annotations) {
    cuts.add(Math.min(a.start, length));
    cuts.add(Math.min(a.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // A sweep: annotations sorted by start enter, and leave once past their end.
  const open: Annotation[] = [];
  let next = 0;
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (next < annotations.length && annotations[next].start <= start)
      open.push(annotations[next++]);
    const covering = open.filter((a) => a.end > start);
    open.splice(0, open.length, ...covering);
    segments.push({ start, end, covering });
  }
  return segments;
}
