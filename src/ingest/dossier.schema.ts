import { z } from 'zod';
import {
  BASES,
  CLAIM_MODES,
  COPY_KINDS,
  CREDIBILITY_GRADES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  ENTITY_RELATIONSHIP_TYPES,
  EVENT_KINDS,
  ID_PATTERN,
  LANG_PATTERN,
  NEGOTIATION_FORMATS,
  PARTICIPANT_ROLES,
  POSITION_QUALIFIERS,
  RELIABILITY_GRADES,
  STANCE_STRENGTHS,
  STANCES,
} from '../model/vocabulary';

const id = z.string().regex(ID_PATTERN, 'must look like "kind:lower-case-slug"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');
const text = z
  .string()
  .trim()
  .min(1)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/, 'holds a control character');

/** Text per language: `{ ar: "…", en: "…" }`. */
const localized = z
  .record(z.string().regex(LANG_PATTERN, 'language codes are ISO 639 (two or three letters)'), text)
  .refine((value) => Object.keys(value).length > 0, 'needs at least one language');

const evidence = z.strictObject({
  source: id.optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: text,
});
const evidenceList = z.array(evidence).min(1, 'every fact cites at least one evidence span');

/**
 * Marks an item as proposed by a draft (see src/draft/), not yet reviewed: what proposed it and
 * why. A curator accepts an item by taking the mark away; ingest refuses any item that has one.
 */
const draftMark = z.strictObject({ by: text, note: text.optional() }).optional();

/**
 * On what an item rests (see BASES). Left out, it is STATED: the quoted span says it. An
 * INFERRED item says in its note what it is read from; an EXTERNAL one where it is known from.
 */
const basis = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal(BASES[0]) }),
      z.strictObject({
        kind: z.literal(BASES[1]),
        note: z
          .string({ error: 'an INFERRED item needs a note saying what it is read from' })
          .trim()
          .min(1, 'an INFERRED item needs a note saying what it is read from'),
      }),
      z.strictObject({
        kind: z.literal(BASES[2]),
        reference: z
          .string({ error: 'an EXTERNAL item needs a reference saying where it is known from' })
          .trim()
          .min(1, 'an EXTERNAL item needs a reference saying where it is known from'),
        note: text.optional(),
      }),
    ],
    { error: `basis.kind is one of ${BASES.join(', ')}` },
  )
  .default({ kind: 'STATED' });

/**
 * A link from a claim or event to a node: its id, or `{ id, basis }` when the link is not
 * stated as such. Read as `{ id, basis }` either way.
 */
const link = z.union([
  id.transform((value) => ({ id: value, basis: { kind: 'STATED' as const } })),
  z.strictObject({ id, basis }),
]);

/**
 * When something happened. Vagueness is stored, not resolved: `precision` says how exact the
 * bounds are, and `start`/`end` bound the interval the source allows (both may be absent).
 */
const eventDate = z.strictObject({
  start: isoDate.optional(),
  end: isoDate.optional(),
  precision: z.enum(DATE_PRECISIONS),
  note: text.optional(),
});

const source = z.strictObject({
  id,
  file: text,
  language: z.string().regex(LANG_PATTERN),
  publishedOn: isoDate,
  title: localized,
  publisher: text.optional(),
  /** The Organization that published it (an outlet, a wire agency). */
  outlet: id.optional(),
  author: text.optional(),
  url: z.url({ error: 'must be an absolute URL' }).optional(),
  /** The source it copies: a reprint, a translation, a wire story carried; it counts once with it. */
  copyOf: z.strictObject({ source: id, kind: z.enum(COPY_KINDS) }).optional(),
});

/** Another name; STATED aliases must appear in a source of the dossier. */
const alias = z.strictObject({ lang: z.string().regex(LANG_PATTERN), value: text, basis });

const entity = z.strictObject({
  id,
  kind: z.enum(ENTITY_KINDS),
  names: localized.refine((names) => 'en' in names, 'needs an English name (en)'),
  aliases: z.array(alias).default([]),
  description: localized.optional(),
  evidence: z.array(evidence).default([]),
  draft: draftMark,
});

const participant = z.strictObject({
  entity: id,
  role: z.enum(PARTICIPANT_ROLES),
  basis,
  /** The claim the participation is known through; an event's own `attestedBy` by default. */
  attestedBy: id.optional(),
  evidence: evidenceList,
});

const event = z.strictObject({
  id,
  kind: z.enum(EVENT_KINDS),
  names: localized.refine((names) => 'en' in names, 'needs an English name (en)'),
  description: localized.optional(),
  date: eventDate,
  round: z.number().int().min(1).optional(),
  format: z.enum(NEGOTIATION_FORMATS).optional(),
  partOf: id.optional(),
  /** Set when the source knows of this event only through someone's claim. */
  attestedBy: id.optional(),
  participants: z.array(participant).default([]),
  evidence: evidenceList,
  draft: draftMark,
});

const claim = z.strictObject({
  id,
  /** Who said it; for a NARRATED claim, the source itself. */
  speaker: link.optional(),
  speakerDescription: localized.optional(),
  mode: z.enum(CLAIM_MODES),
  statement: localized,
  language: z.string().regex(LANG_PATTERN),
  channel: text.optional(),
  via: link.optional(),
  event: link.optional(),
  date: eventDate,
  subjects: z.array(link).default([]),
  /** Other claims that report the same statement (a paraphrase and a quote of it, say). */
  sameStatementAs: z.array(link).default([]),
  /** Claims it contradicts: both cannot be true (one says the talks ended, another that they go on). */
  contradicts: z.array(link).default([]),
  evidence: evidenceList,
  draft: draftMark,
});

const relationship = z.strictObject({
  id: z
    .string()
    .regex(/^rel:[a-z0-9][a-z0-9:-]{0,199}$/)
    .optional(),
  type: z.enum(ENTITY_RELATIONSHIP_TYPES as [string, ...string[]]),
  from: id,
  to: id,
  title: localized.optional(),
  stance: z.enum(STANCES).optional(),
  strength: z.enum(STANCE_STRENGTHS).optional(),
  qualifiers: z.array(z.enum(POSITION_QUALIFIERS)).default([]),
  summary: localized.optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  asOf: isoDate.optional(),
  extent: text.optional(),
  basis,
  /** The claim this relationship is known through, when the source has it only from someone. */
  attestedBy: id.optional(),
  evidence: evidenceList,
  draft: draftMark,
});

/**
 * What a draft proposes that is not yet an item: a name several entities share (listed, never
 * guessed), and dates resolved against the publication date, for the curator to use or drop.
 */
const drafts = z.strictObject({
  mentions: z
    .array(
      z.strictObject({
        ...evidence.shape,
        candidates: z.array(id).min(2),
        note: text.optional(),
      }),
    )
    .default([]),
  dates: z.array(z.strictObject({ ...evidence.shape, date: eventDate })).default([]),
});

/**
 * Analysts' assessments, kept apart from what the sources state: an outlet's reliability (A-F),
 * a claim's credibility (1-6), and outlets declared dependent on one another (one owner, one
 * newsroom), whose sources count once among independent ones. Each says who made it.
 */
const assessed = { note: text.optional(), by: text };
const assessments = z.strictObject({
  outlets: z
    .array(z.strictObject({ outlet: id, grade: z.enum(RELIABILITY_GRADES), ...assessed }))
    .default([]),
  claims: z
    .array(
      z.strictObject({
        claim: id,
        // Written 1 to 6, as a number or a string.
        grade: z.coerce.string().pipe(z.enum(CREDIBILITY_GRADES)),
        ...assessed,
      }),
    )
    .default([]),
  dependentOutlets: z
    .array(
      z.strictObject({
        outlets: z.array(id).min(2, 'a dependence joins at least two outlets'),
        ...assessed,
      }),
    )
    .default([]),
});

/** A dossier's id: lower case letters, digits and hyphens. */
export const DOSSIER_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A curated dossier: what one or more source documents state, with evidence for every fact. */
export const DossierSchema = z.strictObject({
  dossier: z.string().regex(DOSSIER_ID_PATTERN),
  sources: z.array(source).min(1),
  entities: z.array(entity).default([]),
  events: z.array(event).default([]),
  claims: z.array(claim).default([]),
  relationships: z.array(relationship).default([]),
  assessments: assessments.optional(),
  drafts: drafts.optional(),
});

export type Dossier = z.infer<typeof DossierSchema>;
export type DossierSource = z.infer<typeof source>;
export type DossierEntity = z.infer<typeof entity>;
export type DossierEvent = z.infer<typeof event>;
export type DossierClaim = z.infer<typeof claim>;
export type DossierRelationship = z.infer<typeof relationship>;
export type DossierEvidence = z.infer<typeof evidence>;
export type DossierBasis = z.infer<typeof basis>;
export type DossierLink = z.infer<typeof link>;
export type DossierDate = z.infer<typeof eventDate>;
export type Localized = z.infer<typeof localized>;
export type DossierDrafts = z.infer<typeof drafts>;
export type DossierAssessments = z.infer<typeof assessments>;
