import type { Dossier, DossierEvidence } from '../../ingest/dossier.schema';
import { CodePointText } from '../../model/code-point-text';
import { fromPoint, type OffsetUnit } from './offset-units';

/**
 * W3C Web Annotation (JSON-LD). A dossier exports as an AnnotationCollection: one Annotation per
 * item, targeting each of its evidence spans with a TextQuoteSelector (the quote and 32
 * characters either side) and a TextPositionSelector; a relationship is a `linking` annotation
 * with both ends as bodies, and so is each participation in an event. The item itself rides
 * along as `parley:item`, so that Parley reads its own export back as it was.
 */
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { parley: 'urn:parley:' }];
const CONTEXT_CHARS = 32;
const LISTS = ['entities', 'events', 'claims', 'relationships'] as const;
type Json = Record<string, unknown>;

const node = (id: string) => `urn:parley:node:${id}`;
/** The Parley id of an IRI naming a node (`urn:parley:node:<id>`), or the IRI as it is. */
export const nodeId = (iri: string): string => iri.replace(/^urn:parley:node:/, '');

export interface ExportOptions {
  /** The text of each source the dossier names, by source id. */
  texts: ReadonlyMap<string, string>;
  /** How TextPositionSelector offsets count; code points unless a reader needs UTF-16. */
  unit?: OffsetUnit;
}

export function exportWebAnnotation(dossier: Dossier, options: ExportOptions): Json {
  const unit = options.unit ?? 'code-points';
  const texts = new Map(
    [...options.texts].map(([id, t]) => [id, new CodePointText(t.normalize('NFC'))]),
  );
  const base = `urn:parley:dossier:${dossier.dossier}`;
  const firstSource = dossier.sources[0].id;
  const target = (e: DossierEvidence) => {
    const source = e.source ?? firstSource;
    const text = texts.get(source);
    if (!text) throw new Error(`the text of ${source} is needed to export`);
    return {
      type: 'SpecificResource',
      source: `urn:parley:${source}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: e.quote,
          prefix: text.slice(Math.max(0, e.start - CONTEXT_CHARS), e.start),
          suffix: text.slice(e.end, Math.min(text.length, e.end + CONTEXT_CHARS)),
        },
        {
          type: 'TextPositionSelector',
          start: fromPoint(text, e.start, unit),
          end: fromPoint(text, e.end, unit),
        },
      ],
    };
  };
  const targets = (evidence: DossierEvidence[]) =>
    evidence.length > 0 ? evidence.map(target) : [`urn:parley:${firstSource}`];
  const items: Json[] = [];
  for (const list of LISTS)
    dossier[list].forEach((item, i) => {
      const { evidence, ...rest } = item as typeof item & { evidence: DossierEvidence[] };
      const stored: Json = { list, ...rest };
      const bodies: Json[] = [];
      let motivation = 'describing';
      if (list === 'entities' || list === 'events' || list === 'claims') {
        const id = (item as { id: string }).id;
        bodies.push({ type: 'SpecificResource', source: node(id), purpose: 'identifying' });
        const kind =
          list === 'entities'
            ? (item as { kind: string }).kind
            : list === 'events'
              ? 'Event'
              : 'Claim';
        bodies.push({ type: 'TextualBody', value: kind, purpose: 'tagging' });
        if (list === 'entities') motivation = 'identifying';
      } else {
        const r = item as { type: string; from: string; to: string };
        motivation = 'linking';
        bodies.push(
          { type: 'SpecificResource', source: node(r.from), purpose: 'linking' },
          { type: 'SpecificResource', source: node(r.to), purpose: 'linking' },
          { type: 'TextualBody', value: r.type, purpose: 'tagging' },
        );
      }
      if (list === 'events') {
        const event = item as Dossier['events'][number];
        stored.participants = event.participants.map(({ evidence: _e, ...p }) => p);
        event.participants.forEach((p, j) =>
          items.push({
            id: `${base}:events.${i}.participants.${j}`,
            type: 'Annotation',
            motivation: 'linking',
            body: [
              { type: 'SpecificResource', source: node(event.id), purpose: 'linking' },
              { type: 'SpecificResource', source: node(p.entity), purpose: 'linking' },
              { type: 'TextualBody', value: p.role, purpose: 'tagging' },
            ],
            target: targets(p.evidence),
            'parley:participantOf': `${base}:events.${i}`,
          }),
        );
      }
      items.push({
        id: `${base}:${list}.${i}`,
        type: 'Annotation',
        motivation,
        body: bodies,
        target: targets(evidence),
        'parley:item': stored,
      });
    });
  items.sort(
    (a, b) =>
      order(a.id as string) - order(b.id as string) || String(a.id).localeCompare(String(b.id)),
  );
  return {
    '@context': CONTEXT,
    id: base,
    type: 'AnnotationCollection',
    label: dossier.dossier,
    total: items.length,
    'parley:dossier': dossier.dossier,
    'parley:sources': dossier.sources,
    'parley:offsets': unit,
    ...(dossier.drafts ? { 'parley:drafts': dossier.drafts } : {}),
    first: { type: 'AnnotationPage', items },
  };
}

// Items in dossier order: a participant annotation right after its event's.
function order(id: string): number {
  const m = /:(entities|events|claims|relationships)\.(\d+)/.exec(id);
  return m ? LISTS.indexOf(m[1] as (typeof LISTS)[number]) * 1e6 + Number(m[2]) * 1e3 : 0;
}
