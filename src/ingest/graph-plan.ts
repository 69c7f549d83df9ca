import { createHash } from 'node:crypto';
import type { Dossier, DossierBasis, Localized } from './dossier.schema';
import type { AssessmentKind } from '../model/vocabulary';
import type { GraphPlan, Props } from '../graph/writes/ingest.repository';
import { UNDATED_SORT_DATE } from '../graph/date-range.repository';
import { ALIAS_BASIS_SEPARATOR, aliasBasisEntry } from '../model/localized-text';
import {
  relationshipId,
  resolveEvidence,
  ResolvedEvidence,
  ValidatedInput,
} from './dossier-validator';

/** Flattens `{ en: "…", ar: "…" }` into `{ name_en: "…", name_ar: "…" }`. */
export function flattenLocalized(field: string, value: Localized | undefined): Props {
  if (!value) return {};
  return Object.fromEntries(
    Object.entries(value).map(([lang, text]) => [`${field}_${lang}`, text.normalize('NFC')]),
  );
}

function dateProps(date: {
  start?: string;
  end?: string;
  precision: string;
  note?: string;
}): Props {
  return {
    dateStart: date.start ?? null,
    // No end means the source gives none (an ongoing war), not that it ended the day it began.
    dateEnd: date.end ?? null,
    datePrecision: date.precision,
    dateNote: date.note ?? null,
    // What dated lists sort by (see UNDATED_SORT_DATE).
    sortDate: date.start ?? date.end ?? UNDATED_SORT_DATE,
  };
}

/** What a relationship rests on, and the claim it is known through, as its properties. */
function basisProps(basis: DossierBasis, attestedBy?: string): Props {
  return {
    basis: basis.kind,
    basisNote: 'note' in basis ? (basis.note ?? null) : null,
    basisReference: 'reference' in basis ? basis.reference : null,
    attestedBy: attestedBy ?? null,
  };
}

const aliasOfEntry = (entry: string) => entry.split(ALIAS_BASIS_SEPARATOR)[0];
const aliasKey = (a: { lang: string; value: string }) => `${a.lang}:${a.value.normalize('NFC')}`;

/** Turns validated dossiers into rows; pure, so it is tested without a database. */
export function buildGraphPlan(input: ValidatedInput): GraphPlan {
  const evidence = new Map<string, ResolvedEvidence>();
  const plan: GraphPlan = {
    sources: [],
    evidence: [],
    entities: [],
    events: [],
    claims: [],
    edges: [],
    assessments: [],
  };

  for (const source of input.sources.values()) {
    plan.sources.push({
      id: source.id,
      language: source.language,
      publishedOn: source.publishedOn,
      publisher: source.publisher ?? null,
      outletId: source.outlet ?? null,
      author: source.author ?? null,
      url: source.url ?? null,
      copyOfId: source.copyOf?.source ?? null,
      copyKind: source.copyOf?.kind ?? null,
      sha256: source.sha256,
      text: source.text.text,
      characterCount: source.text.length,
      dossier: source.dossier,
      ...flattenLocalized('title', source.title),
    });
  }

  for (const { dossier } of input.dossiers) {
    const cite = (list: Parameters<typeof resolveEvidence>[0][]): string[] =>
      list.map((e) => {
        const resolved = resolveEvidence(e, dossier);
        evidence.set(resolved.id, resolved);
        return resolved.id;
      });
    const edge = (
      type: string,
      id: string,
      from: string,
      to: string,
      evidenceIds: string[],
      props: Props = {},
    ) => plan.edges.push({ id, type, from, to, props, evidenceIds });

    for (const e of dossier.entities) {
      plan.entities.push({
        id: e.id,
        kind: e.kind,
        props: {
          name: e.names.en,
          ...flattenLocalized('name', e.names),
          ...flattenLocalized('description', e.description),
        },
        aliases: e.aliases.map(aliasKey),
        aliasBases: e.aliases.flatMap(
          (a) =>
            aliasBasisEntry(aliasKey(a), {
              kind: a.basis.kind,
              note: 'note' in a.basis ? (a.basis.note ?? null) : null,
              reference: 'reference' in a.basis ? a.basis.reference : null,
            }) ?? [],
        ),
        evidenceIds: cite(e.evidence),
      });
    }
    for (const e of dossier.events) {
      const evidenceIds = cite(e.evidence);
      plan.events.push({
        id: e.id,
        kind: e.kind,
        props: {
          name: e.names.en,
          round: e.round ?? null,
          format: e.format ?? null,
          ...flattenLocalized('name', e.names),
          ...flattenLocalized('description', e.description),
          ...dateProps(e.date),
        },
        aliases: [],
        aliasBases: [],
        evidenceIds,
      });
      if (e.attestedBy)
        edge(
          'ATTESTED_BY',
          `rel:attested-by:${e.id}:${e.attestedBy}`,
          e.id,
          e.attestedBy,
          evidenceIds,
        );
      if (e.partOf)
        edge('PART_OF_EVENT', `rel:part-of-event:${e.id}:${e.partOf}`, e.id, e.partOf, evidenceIds);
      for (const p of e.participants) {
        edge(
          'PARTICIPATED_IN',
          `rel:participated-in:${p.entity}:${e.id}:${p.role.toLowerCase()}`,
          p.entity,
          e.id,
          cite(p.evidence),
          // An event known only through a claim is known with its participants through it.
          { role: p.role, ...basisProps(p.basis, p.attestedBy ?? e.attestedBy) },
        );
      }
    }
    for (const c of dossier.claims) {
      const evidenceIds = cite(c.evidence);
      plan.claims.push({
        id: c.id,
        kind: 'Claim',
        props: {
          mode: c.mode,
          language: c.language,
          channel: c.channel ?? null,
          ...flattenLocalized('statement', c.statement),
          ...flattenLocalized('speakerDescription', c.speakerDescription),
          ...dateProps(c.date),
        },
        aliases: [],
        aliasBases: [],
        evidenceIds,
      });
      // Claim links: who said it, through whom, where, about what, and other reports of it.
      const link = (type: string, from: string, to: string, basis: DossierBasis) =>
        edge(
          type,
          `rel:${type.toLowerCase().replace(/_/g, '-')}:${from}:${to}`,
          from,
          to,
          evidenceIds,
          basisProps(basis),
        );
      if (c.speaker) link('SAID', c.speaker.id, c.id, c.speaker.basis);
      if (c.via) link('VIA', c.id, c.via.id, c.via.basis);
      if (c.event) link('AT_EVENT', c.id, c.event.id, c.event.basis);
      for (const subject of c.subjects) link('ABOUT', c.id, subject.id, subject.basis);
      for (const other of c.sameStatementAs) link('SAME_STATEMENT_AS', c.id, other.id, other.basis);
      for (const other of c.contradicts) link('CONTRADICTS', c.id, other.id, other.basis);
    }
    plan.assessments.push(...assessmentRows(dossier));
    for (const r of dossier.relationships) {
      edge(r.type, relationshipId(r), r.from, r.to, cite(r.evidence), {
        stance: r.stance ?? null,
        validFrom: r.validFrom ?? null,
        validTo: r.validTo ?? null,
        asOf: r.asOf ?? null,
        extent: r.extent ?? null,
        strength: r.strength ?? null,
        qualifiers: r.qualifiers.length > 0 ? r.qualifiers : null,
        ...basisProps(r.basis, r.attestedBy),
        ...flattenLocalized('title', r.title),
        ...flattenLocalized('summary', r.summary),
      });
    }
  }
  plan.entities = mergeRows(plan.entities);
  plan.events = mergeRows(plan.events);
  plan.claims = mergeRows(plan.claims);
  plan.edges = mergeRows(plan.edges);
  plan.evidence = [...evidence.values()].map(({ id, source, start, end, quote }) => ({
    id,
    source,
    start,
    end,
    quote,
  }));
  return plan;
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/**
 * One row per id: dossiers that name the same entity (a country most sources mention) meet here,
 * with their aliases and evidence unioned and the later dossier's properties winning, as the
 * MERGE of one row after another would leave them. Writing one row instead of hundreds keeps a
 * hub's update to one read and one write of its lists per statement.
 */
export function mergeRows<
  T extends {
    id: string;
    props: Props;
    evidenceIds: string[];
    aliases?: string[];
    aliasBases?: string[];
  },
>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const known = byId.get(row.id);
    if (!known) {
      // A dossier may cite one span twice for a fact; the writers take each id once.
      byId.set(row.id, { ...row, evidenceIds: union([], row.evidenceIds) });
      continue;
    }
    byId.set(row.id, {
      ...row,
      props: { ...known.props, ...row.props },
      evidenceIds: union(known.evidenceIds, row.evidenceIds),
      ...(row.aliases ? { aliases: union(known.aliases ?? [], row.aliases) } : {}),
      ...(row.aliasBases ? { aliasBases: mergeAliasBases(known, row) } : {}),
    });
  }
  return [...byId.values()];
}

/** The later row's word on the aliases it names; the earlier one's on the rest. */
function mergeAliasBases(
  known: { aliasBases?: string[] },
  row: { aliases?: string[]; aliasBases?: string[] },
): string[] {
  const named = new Set(row.aliases ?? []);
  const kept = (known.aliasBases ?? []).filter((e) => !named.has(aliasOfEntry(e)));
  return [...kept, ...(row.aliasBases ?? [])];
}

/**
 * A dossier's assessments as nodes of their own, one per outlet graded, claim graded or group of
 * outlets declared dependent, with ids stable across the dossier's versions: an assessment is an
 * analyst's statement, versioned and retracted like any other, and never a property of what it
 * grades.
 */
function assessmentRows(dossier: Dossier): GraphPlan['assessments'] {
  const row = (
    kind: AssessmentKind,
    key: string,
    targets: string[],
    a: { grade?: string; note?: string; by: string },
  ) => ({
    id: `assessment:${kind.toLowerCase()}:${dossier.dossier}:${key}`,
    props: {
      kind,
      targets,
      grade: a.grade ?? null,
      note: a.note ?? null,
      by: a.by,
      dossier: dossier.dossier,
    },
  });
  const given = dossier.assessments;
  if (!given) return [];
  return [
    ...given.outlets.map((a) => row('RELIABILITY', a.outlet, [a.outlet], a)),
    ...given.claims.map((a) => row('CREDIBILITY', a.claim, [a.claim], a)),
    ...given.dependentOutlets.map((a) => {
      const outlets = [...new Set(a.outlets)].sort();
      const key = createHash('sha256').update(outlets.join('|')).digest('hex').slice(0, 16);
      return row('DEPENDENCE', key, outlets, a);
    }),
  ];
}
