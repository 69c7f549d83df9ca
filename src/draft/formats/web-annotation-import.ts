import type { Dossier, DossierEvidence } from '../../ingest/dossier.schema';
import { ENTITY_KINDS, ENTITY_RELATIONSHIP_TYPES, ID_PATTERN } from '../../model/vocabulary';
import type { DraftDossier } from '../draft-dossier';
import type { GazetteerEntity } from '../gazetteer';
import { romanize, slugOfName } from '../romanize';
import { sourceEntry, type ImportSource } from './brat';
import { ImportProblems } from './import-problems';
import { CodePointText } from '../../model/code-point-text';
import { toPoint, type OffsetUnit } from './offset-units';
import { nodeId } from './web-annotation';

type Json = Record<string, unknown>;

/** How an import reads positions, and resolves ids the graph knows. */
export interface WebAnnotationImport {
  source: ImportSource;
  /** The unit of TextPositionSelector offsets; by default the file's `parley:offsets`, else code points. */
  unit?: OffsetUnit;
  known: (id: string) => GazetteerEntity | undefined;
  file?: string;
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * W3C Web Annotations as a dossier. Parley's own export comes back as it was (its items carry
 * `parley:item`). Other annotations become drafts: an `identifying` or `tagging` one is a
 * mention of the entity its SpecificResource body names (a Parley id), or a new entity of the
 * kind its tag names; a `linking` one with two ends and a relationship type as its tag is a
 * relationship. Every target's quote is checked against the text at its position (in the unit
 * said); any problem refuses the whole file, at the annotation's id.
 */
export function importWebAnnotation(
  document: unknown,
  options: WebAnnotationImport,
): DraftDossier | Dossier {
  const doc = (document ?? {}) as Json;
  const file = options.file ?? 'annotations.jsonld';
  const problems = new ImportProblems(file);
  const unit = options.unit ?? (doc['parley:offsets'] as OffsetUnit | undefined) ?? 'code-points';
  const text = new CodePointText(options.source.text.normalize('NFC'));
  const annotations = (
    doc.type === 'AnnotationCollection'
      ? asList((doc.first as Json | undefined)?.items as Json[])
      : doc.type === 'AnnotationPage'
        ? asList(doc.items as Json[])
        : Array.isArray(document)
          ? (document as Json[])
          : [doc]
  ).filter((a) => a && a.type === 'Annotation');
  if (annotations.length === 0) problems.add('(file)', 'no Annotation in it');

  // Every target read back as evidence, its quote checked at its position.
  const evidenceOf = (annotation: Json): DossierEvidence[] => {
    const id = String(annotation.id ?? '(an annotation without id)');
    const out: DossierEvidence[] = [];
    for (const t of asList(annotation.target as Json | Json[] | string)) {
      if (typeof t === 'string') continue; // the whole source: no span
      const selectors = asList(t.selector as Json | Json[]);
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
      const position = selectors.find((s) => s.type === 'TextPositionSelector');
      let start: number | null = null;
      let end: number | null = null;
      if (position) {
        start = toPoint(text, Number(position.start), unit);
        end = toPoint(text, Number(position.end), unit);
        if (start === null || end === null || end <= start) {
          problems.add(
            id,
            `TextPositionSelector ${String(position.start)}-${String(position.end)} (${unit}) is not a span of the text`,
          );
          continue;
        }
        if (quote && text.slice(start, end) !== String(quote.exact).normalize('NFC')) {
          problems.add(
            id,
            `TextPositionSelector ${String(position.start)}-${String(position.end)} (${unit}) reads "${text.slice(start, end)}", not "${String(quote.exact)}"`,
          );
          continue;
        }
      } else if (quote) {
        const exact = String(quote.exact).normalize('NFC');
        const prefix = String(quote.prefix ?? '');
        const suffix = String(quote.suffix ?? '');
        const at = text
          .find(exact)
          .filter(
            (f) =>
              text.slice(Math.max(0, f.start - [...prefix].length), f.start).endsWith(prefix) &&
              text.slice(f.end, f.end + [...suffix].length).startsWith(suffix),
          );
        if (at.length !== 1) {
          problems.add(
            id,
            `the quote "${exact}" is ${at.length === 0 ? 'not in the text' : `in the text ${at.length} times`}`,
          );
          continue;
        }
        [start, end] = [at[0].start, at[0].end];
      } else {
        problems.add(id, 'a target has neither a TextQuoteSelector nor a TextPositionSelector');
        continue;
      }
      out.push({ start, end, quote: text.slice(start, end) });
    }
    return out;
  };

  const own = annotations.filter((a) => a['parley:item'] || a['parley:participantOf']);
  if (own.length === annotations.length && doc['parley:dossier']) {
    const lists: Record<string, Json[]> = {
      entities: [],
      events: [],
      claims: [],
      relationships: [],
    };
    const participants = new Map<string, DossierEvidence[][]>();
    for (const a of own) {
      const evidence = evidenceOf(a);
      const of = a['parley:participantOf'];
      if (of) participants.set(String(of), [...(participants.get(String(of)) ?? []), evidence]);
      else {
        const { list, ...item } = a['parley:item'] as Json;
        lists[String(list)]?.push({ ...item, evidence, id: item.id, _at: a.id });
      }
    }
    problems.throwIfAny();
    for (const event of lists.events) {
      const spans = participants.get(String(event._at)) ?? [];
      event.participants = asList(event.participants as Json[]).map((p, j) => ({
        ...p,
        evidence: spans[j] ?? [],
      }));
    }
    const strip = (items: Json[]) => items.map(({ _at: _, ...item }) => item);
    return {
      dossier: String(doc['parley:dossier']),
      sources: doc['parley:sources'] as Dossier['sources'],
      entities: strip(lists.entities),
      events: strip(lists.events),
      claims: strip(lists.claims),
      relationships: strip(lists.relationships),
      ...(doc['parley:drafts'] ? { drafts: doc['parley:drafts'] } : {}),
    } as unknown as Dossier;
  }

  const kinds = new Map(ENTITY_KINDS.map((k) => [k.toLowerCase(), k]));
  const types = new Map(ENTITY_RELATIONSHIP_TYPES.map((t) => [t.toLowerCase(), t]));
  const entities = new Map<string, Json & { evidence: DossierEvidence[] }>();
  const relationships: Json[] = [];
  for (const a of annotations) {
    const id = String(a.id ?? '(an annotation without id)');
    const bodies = asList(a.body as Json | Json[]);
    const resources = bodies
      .filter((b) => b.type === 'SpecificResource' || typeof b.source === 'string')
      .map((b) => nodeId(String(b.source)));
    const tags = bodies
      .filter((b) => b.purpose === 'tagging' || b.type === 'TextualBody')
      .map((b) => String(b.value ?? ''));
    const evidence = evidenceOf(a);
    if (a.motivation === 'linking') {
      const type = tags.map((t) => types.get(t.toLowerCase())).find(Boolean);
      if (!type || resources.length !== 2 || !resources.every((r) => ID_PATTERN.test(r))) {
        problems.add(
          id,
          'a linking annotation needs two Parley ids as bodies and a relationship type as its tag',
        );
        continue;
      }
      relationships.push({
        type,
        from: resources[0],
        to: resources[1],
        evidence,
        draft: { by: 'import:w3c', note: `From ${id}.` },
      });
      continue;
    }
    const linked = resources.find((r) => ID_PATTERN.test(r));
    const kind = linked
      ? options.known(linked)?.kind
      : tags.map((t) => kinds.get(t.toLowerCase())).find(Boolean);
    if (!linked && !kind) {
      problems.add(
        id,
        `neither a Parley id nor an entity kind (${ENTITY_KINDS.join(', ')}) says what it names`,
      );
      continue;
    }
    if (evidence.length === 0) continue;
    const entityId =
      linked ?? `${kind!.toLowerCase()}:${slugOfName(evidence[0].quote) || 'unnamed'}`;
    const found = entities.get(entityId);
    if (found) {
      found.evidence.push(...evidence);
      continue;
    }
    const graph = linked ? options.known(linked) : undefined;
    const lang = options.source.lang;
    entities.set(entityId, {
      id: entityId,
      kind:
        graph?.kind ??
        kind ??
        tags.map((t) => kinds.get(t.toLowerCase())).find(Boolean) ??
        'Person',
      names: graph?.names ?? {
        [lang]: evidence[0].quote,
        en: lang === 'en' ? evidence[0].quote : romanize(evidence[0].quote),
      },
      evidence,
      draft: { by: 'import:w3c', note: `From ${id}${linked ? `, naming ${linked}` : ''}.` },
    });
  }
  problems.throwIfAny();
  return {
    dossier: options.source.dossierId,
    sources: [sourceEntry(options.source)],
    entities: [...entities.values()],
    events: [],
    claims: [],
    relationships,
    drafts: { mentions: [], dates: [] },
  };
}
