import { ENTITY_KINDS, ENTITY_RELATIONSHIP_TYPES, ID_PATTERN } from '../../model/vocabulary';
import type { GazetteerEntity } from '../gazetteer';
import { romanize, slugOfName } from '../romanize';
import type { DraftDossier } from '../draft-dossier';
import { ImportProblems } from './import-problems';
import { CodePointText } from '../../model/code-point-text';
import { toPoint } from './offset-units';

/** The article an import annotates, and what its dossier says of it. */
export interface ImportSource {
  text: string;
  lang: string;
  publishedOn: string;
  file: string;
  dossierId: string;
  sourceId?: string;
  title?: string;
}

type Json = Record<string, unknown>;
interface TextBound {
  id: string;
  type: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * A brat standoff file (`.ann`) as a draft dossier. T lines are mentions: their type is an
 * entity kind (Person, Country …, any case); their offsets are code points, as brat (Python)
 * counts them, and their text must be what the article holds there. An `A<n> Id T<m> <id>` line,
 * or an N line whose reference is a Parley id, says which entity a mention names; mentions left
 * unlinked become new entities, one per kind and text. R lines are relationships of the
 * vocabulary's types between two mentions. Any problem refuses the whole file, each said at its
 * annotation's id.
 */
export function importBrat(
  ann: string,
  source: ImportSource,
  known: (id: string) => GazetteerEntity | undefined,
  file = 'annotations.ann',
): DraftDossier {
  const text = new CodePointText(source.text.normalize('NFC'));
  const problems = new ImportProblems(file);
  const bounds = new Map<string, TextBound>();
  const links = new Map<string, string>();
  const relations: Array<{ id: string; type: string; from: string; to: string }> = [];
  const kinds = new Map(ENTITY_KINDS.map((k) => [k.toLowerCase(), k]));
  const types = new Map(ENTITY_RELATIONSHIP_TYPES.map((t) => [t.toLowerCase(), t]));

  ann.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [id, middle = '', rest = ''] = line.split('\t');
    const fields = middle.split(' ');
    switch (id[0]) {
      case 'T': {
        const [type, ...offsets] = fields;
        const ranges = offsets.join(' ').split(';');
        if (ranges.length !== 1) {
          problems.add(id, 'a discontinuous span cannot be evidence; split it into two');
          return;
        }
        const [start, end] = ranges[0].split(' ').map(Number);
        const kind = kinds.get(type.toLowerCase());
        if (!kind) {
          problems.add(id, `type "${type}" is not an entity kind (${ENTITY_KINDS.join(', ')})`);
          return;
        }
        const from = toPoint(text, start, 'code-points');
        const to = toPoint(text, end, 'code-points');
        if (from === null || to === null || to <= from) {
          problems.add(
            id,
            `offsets ${start}-${end} are not a span of the text (${text.length} characters)`,
          );
          return;
        }
        const actual = text.slice(from, to);
        if (actual !== rest.normalize('NFC')) {
          problems.add(id, `offsets ${start}-${end} read "${actual}", not "${rest}"`);
          return;
        }
        bounds.set(id, { id, type: kind, start: from, end: to, quote: actual });
        return;
      }
      case 'A':
      case 'N': {
        // A<n> Id T<m> person:x  ·  N<n> Reference T<m> parley:person:x
        const [name, target, value = ''] = fields;
        const ref = value.replace(/^parley:/, '');
        if ((id[0] === 'A' && name !== 'Id') || !ID_PATTERN.test(ref)) return;
        links.set(target, ref);
        return;
      }
      case 'R': {
        const [type, arg1 = '', arg2 = ''] = fields;
        const relType = types.get(type.toLowerCase());
        if (!relType) {
          problems.add(
            id,
            `"${type}" is not a relationship type (${ENTITY_RELATIONSHIP_TYPES.join(', ')})`,
          );
          return;
        }
        relations.push({
          id,
          type: relType,
          from: arg1.replace(/^Arg1:/, ''),
          to: arg2.replace(/^Arg2:/, ''),
        });
        return;
      }
      default:
        if (!/^[*E#]/.test(id))
          problems.add(id || `line ${index + 1}`, 'not a brat annotation line');
    }
  });
  const refused = new Set(problems.list.map((p) => p.path));
  for (const [target, ref] of links)
    if (!bounds.has(target) && !refused.has(target))
      problems.add(target, `${ref} is linked to a mention that is not here`);
  for (const r of relations)
    for (const arg of [r.from, r.to])
      if (!bounds.has(arg)) problems.add(r.id, `argument ${arg} is not a mention of this file`);
  problems.throwIfAny();

  const entities = new Map<string, Json & { evidence: Json[] }>();
  const entityOf = new Map<string, string>();
  for (const b of bounds.values()) {
    const linked = links.get(b.id);
    const graph = linked ? known(linked) : undefined;
    const id = linked ?? `${b.type.toLowerCase()}:${slugOfName(b.quote) || 'unnamed'}`;
    entityOf.set(b.id, id);
    const span = { start: b.start, end: b.end, quote: b.quote };
    const found = entities.get(id);
    if (found) {
      found.evidence.push(span);
      continue;
    }
    entities.set(id, {
      id,
      kind: graph?.kind ?? b.type,
      names: graph?.names ?? {
        [source.lang]: b.quote,
        en: source.lang === 'en' ? b.quote : romanize(b.quote),
      },
      evidence: [span],
      draft: { by: 'import:brat', note: `From ${b.id}${linked ? `, linked to ${linked}` : ''}.` },
    });
  }
  const relationships = relations.map((r) => {
    const [a, b] = [bounds.get(r.from)!, bounds.get(r.to)!];
    const [start, end] = [Math.min(a.start, b.start), Math.max(a.end, b.end)];
    return {
      type: r.type,
      from: entityOf.get(r.from),
      to: entityOf.get(r.to),
      evidence: [{ start, end, quote: text.slice(start, end) }],
      draft: { by: 'import:brat', note: `From ${r.id}: ${r.from} to ${r.to}.` },
    };
  });
  return {
    dossier: source.dossierId,
    sources: [sourceEntry(source)],
    entities: [...entities.values()],
    events: [],
    claims: [],
    relationships,
    drafts: { mentions: [], dates: [] },
  };
}

/** The dossier's entry for the imported article. */
export function sourceEntry(source: ImportSource): Json {
  return {
    id: source.sourceId ?? `source:${source.dossierId}`,
    file: source.file,
    language: source.lang,
    publishedOn: source.publishedOn,
    title: { [source.lang]: source.title ?? source.dossierId },
  };
}
