import type { Localized } from './dossier.schema';
import {
  relationshipId,
  resolveEvidence,
  ResolvedEvidence,
  ValidatedInput,
} from './dossier-validator';

/** Properties as Neo4j stores them: flat, with per-language text as `<field>_<lang>`. */
export type Props = Record<string, string | number | boolean | null>;

export interface NodeRow {
  id: string;
  kind: string;
  props: Props;
  aliases: string[];
  evidenceIds: string[];
}

export interface EdgeRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
  evidenceIds: string[];
}

/** Every row an ingest writes, grouped by what it creates. */
export interface GraphPlan {
  sources: Props[];
  evidence: Array<Pick<ResolvedEvidence, 'id' | 'source' | 'start' | 'end' | 'quote'>>;
  entities: NodeRow[];
  events: NodeRow[];
  claims: NodeRow[];
  edges: EdgeRow[];
}

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
  };
}

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
  };

  for (const source of input.sources.values()) {
    plan.sources.push({
      id: source.id,
      language: source.language,
      publishedOn: source.publishedOn,
      publisher: source.publisher ?? null,
      sha256: source.sha256,
      text: source.text.text,
      characterCount: source.text.length,
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
        aliases: e.aliases.map((a) => `${a.lang}:${a.value.normalize('NFC')}`),
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
          {
            role: p.role,
          },
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
        evidenceIds,
      });
      if (c.speaker) edge('SAID', `rel:said:${c.speaker}:${c.id}`, c.speaker, c.id, evidenceIds);
      if (c.via) edge('VIA', `rel:via:${c.id}:${c.via}`, c.id, c.via, evidenceIds);
      if (c.event) edge('AT_EVENT', `rel:at-event:${c.id}:${c.event}`, c.id, c.event, evidenceIds);
      for (const subject of c.subjects)
        edge('ABOUT', `rel:about:${c.id}:${subject}`, c.id, subject, evidenceIds);
    }
    for (const r of dossier.relationships) {
      edge(r.type, relationshipId(r), r.from, r.to, cite(r.evidence), {
        stance: r.stance ?? null,
        validFrom: r.validFrom ?? null,
        validTo: r.validTo ?? null,
        asOf: r.asOf ?? null,
        extent: r.extent ?? null,
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
  T extends { id: string; props: Props; evidenceIds: string[]; aliases?: string[] },
>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const known = byId.get(row.id);
    if (!known) {
      byId.set(row.id, row);
      continue;
    }
    byId.set(row.id, {
      ...row,
      props: { ...known.props, ...row.props },
      evidenceIds: union(known.evidenceIds, row.evidenceIds),
      ...(row.aliases ? { aliases: union(known.aliases ?? [], row.aliases) } : {}),
    });
  }
  return [...byId.values()];
}
