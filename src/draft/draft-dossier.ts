import type { DossierEvidence } from '../ingest/dossier.schema';
import { findCandidates } from './candidates';
import { findClaims, type Speaker } from './claims';
import { findDates, type DateMention } from './dates';
import { DraftText, type Stretch } from './draft-text';
import type { Gazetteer } from './gazetteer';
import type { DraftLang } from './lexicon';
import { findMentions } from './mentions';
import { romanize, slugOfName } from './romanize';

/** The article a draft is made from. */
export interface DraftInput {
  text: string;
  lang: DraftLang;
  publishedOn: string;
  /** The source's file, as the dossier will name it, and its id and title when known. */
  file: string;
  sourceId?: string;
  title?: string;
  dossierId?: string;
}

type Json = Record<string, unknown>;

/** A dossier of proposals: every item carries a `draft` mark, and drafts.* holds the rest. */
export interface DraftDossier {
  dossier: string;
  sources: Json[];
  entities: Json[];
  events: Json[];
  claims: Json[];
  relationships: Json[];
  drafts: { mentions: Json[]; dates: Json[] };
}

/**
 * Drafts a dossier from an article without any model: mentions of the graph's entities by any of
 * their names, new names introduced by titles or written in capitals, roles, dates and claims.
 * Everything proposed is marked as a draft for a curator to accept, edit or drop.
 */
export function draftDossier(input: DraftInput, gazetteer: Gazetteer): DraftDossier {
  const text = new DraftText(input.text);
  const { lang, publishedOn } = input;
  const base = slugOfName(input.title ?? input.file.replace(/^.*\//, '').replace(/\..*$/, ''));
  const dossierId = input.dossierId ?? (base || 'draft');
  const sourceId = input.sourceId ?? `source:${dossierId}`;
  const cite = (s: Stretch): DossierEvidence => text.cite(s);
  const firstLine =
    text.text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? dossierId;

  const mentions = findMentions(text, gazetteer);
  const entities = new Map<string, Json & { evidence: DossierEvidence[] }>();
  const ambiguous: Json[] = [];
  for (const m of mentions) {
    if (m.ids.length > 1) {
      ambiguous.push({
        ...cite(m),
        candidates: m.ids,
        note: `"${text.text.slice(m.start, m.end)}" is a name of ${m.ids.length} entities`,
      });
      continue;
    }
    const entity = m.names[0].entity;
    const known = entities.get(entity.id);
    if (known) {
      known.evidence.push(cite(m));
      continue;
    }
    const how = m.names
      .map((n) => `${n.alias ? 'alias' : 'name'} "${n.value}" (${n.lang})`)
      .join(', ');
    entities.set(entity.id, {
      id: entity.id,
      kind: entity.kind,
      names: entity.names,
      evidence: [cite(m)],
      draft: { by: 'graph', note: `Matched the graph's ${how}.` },
    });
  }

  const { candidates, roles } = findCandidates(text, lang, mentions);
  const speakers: Speaker[] = mentions
    .filter((m) => m.ids.length === 1 && m.names[0].entity.kind === 'Person')
    .map((m) => ({ start: m.start, end: m.end, id: m.ids[0] }));
  const newIds = new Map<string, string>();
  for (const c of candidates) {
    const written = c.name;
    let id = newIds.get(written);
    if (!id) {
      const english = lang === 'en' ? written : romanize(written);
      id = freeId(`${c.kind.toLowerCase()}:${slugOfName(written) || 'unnamed'}`, entities);
      newIds.set(written, id);
      entities.set(id, {
        id,
        kind: c.kind,
        names: { ...(lang === 'en' ? {} : { [lang]: written }), en: english },
        evidence: [],
        draft: {
          by: c.by === 'title' ? 'title' : 'capitals',
          note:
            (c.by === 'title'
              ? `A new name after the title "${text.text.slice(c.title!.start, c.title!.end)}".`
              : `A new name written in capitals; its kind (${c.kind}) is a guess.`) +
            (lang === 'en'
              ? ''
              : ' The English name is spelt letter by letter; give the usual one.'),
        },
      });
    }
    entities.get(id)!.evidence.push(cite(c));
    if (c.kind === 'Person') speakers.push({ start: c.start, end: c.end, id });
  }
  speakers.sort((a, b) => a.start - b.start);

  const relationships: DraftDossier['relationships'] = [];
  const relKeys = new Set<string>();
  for (const r of roles) {
    const personId =
      'ids' in r.person
        ? (r.person.ids as string[])[0]
        : newIds.get(text.text.slice(r.person.start, r.person.end));
    if (!personId || r.org.ids.length !== 1) continue;
    const key = `${personId}|${r.org.ids[0]}`;
    if (relKeys.has(key)) continue;
    relKeys.add(key);
    relationships.push({
      type: 'HOLDS_ROLE',
      from: personId,
      to: r.org.ids[0],
      title: { [lang]: text.text.slice(r.title.start, r.title.end) },
      asOf: publishedOn,
      evidence: [cite(r.evidence)],
      draft: { by: 'title', note: 'A title naming an organisation, before or after a name.' },
    });
  }

  const dates = findDates(text, lang, publishedOn);
  const inside = (s: Stretch) => (d: DateMention) => d.start >= s.start && d.end <= s.end;
  const claims: DraftDossier['claims'] = [];
  const claimIds = new Set<string>();
  for (const c of findClaims(text, lang, speakers, mentions)) {
    const who = c.speaker?.id.replace(/^[a-z]+:/, '') ?? 'unnamed-source';
    let n = 1;
    while (claimIds.has(`claim:${who}-${n}`)) n += 1;
    const id = `claim:${who}-${n}`;
    claimIds.add(id);
    const subjects = [
      ...new Set(
        mentions
          .filter(
            (m) => m.ids.length === 1 && m.start >= c.statement.start && m.end <= c.statement.end,
          )
          .map((m) => m.ids[0])
          .filter((s) => s !== c.speaker?.id),
      ),
    ];
    const said = dates.filter(inside(c.evidence));
    const date = said.find((d) => d.date.precision === 'DAY')?.date ?? {
      end: publishedOn,
      precision: 'UNKNOWN',
      note: 'The text gives no date; said by the publication date.',
    };
    const statement = text.text
      .slice(c.statement.start, c.statement.end)
      .trim()
      .replace(/[.،,]$/, '');
    claims.push({
      id,
      ...(c.speaker ? { speaker: c.speaker.id } : {}),
      ...(c.unnamed
        ? {
            speakerDescription: {
              [lang]: text.text.slice(c.unnamed.start, c.unnamed.end),
              en: 'An unnamed source',
            },
          }
        : {}),
      mode: c.mode,
      statement: { [lang]: statement || text.text.slice(c.evidence.start, c.evidence.end) },
      language: lang,
      ...(c.channel ? { channel: c.channel } : {}),
      ...(c.via ? { via: c.via.ids[0] } : {}),
      date,
      subjects,
      evidence: [cite(c.evidence)],
      draft: {
        by: 'reporting verb',
        note: `"${text.text.slice(c.verb.start, c.verb.end)}"; the speaker is ${speakerNote(c.speakerFrom)}.`,
      },
    });
  }
  const draftedDates = dates.map((d) => ({ ...cite(d), date: d.date }));

  return {
    dossier: dossierId,
    sources: [
      {
        id: sourceId,
        file: input.file,
        language: lang,
        publishedOn,
        title: { [lang]: input.title ?? firstLine.slice(0, 200) },
      },
    ],
    entities: [...entities.values()].filter((e) => e.evidence.length > 0),
    events: [],
    claims,
    relationships,
    drafts: { mentions: ambiguous, dates: draftedDates },
  };
}

function speakerNote(from: string): string {
  switch (from) {
    case 'none':
      return 'not found';
    case 'unnamed':
      return 'left unnamed by the text';
    case 'subject':
      return 'the verb’s subject';
    default:
      return `the nearest person named ${from}`;
  }
}

function freeId(wanted: string, taken: Map<string, unknown>): string {
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-${n}`)) n += 1;
  return `${wanted}-${n}`;
}
