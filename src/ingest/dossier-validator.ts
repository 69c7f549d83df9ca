import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { statedAliasProblem } from './alias-check';
import { dateProblems } from './date-check';
import type {
  Dossier,
  DossierDate,
  DossierEvidence,
  DossierRelationship,
  DossierSource,
} from './dossier.schema';
import { DossierSchema } from './dossier.schema';
import { DossierProblem, InvalidDossierError } from './dossier-problem';
import { copyProblems, outsideReferences } from './outside-references';
import type { RawDossier } from './dossier-loader';
import { CodePointText } from '../model/code-point-text';
import { DRAFT_LEFT } from '../model/draft-path';
import { RELATIONSHIP_RULES } from '../model/vocabulary';

/** A source document whose text has been read and checked. */
export interface LoadedSource extends DossierSource {
  text: CodePointText;
  sha256: string;
  file: string;
  /** The dossier that first named it: the graph's record of where a source came in. */
  dossier: string;
}

/** Evidence with its source resolved and a stable id derived from where it points. */
export interface ResolvedEvidence extends DossierEvidence {
  id: string;
  source: string;
}

/** Everything that passed validation, ready to be written. */
export interface ValidatedInput {
  dossiers: Array<{ file: string; dossier: Dossier; texts?: ReadonlyMap<string, string> }>;
  sources: Map<string, LoadedSource>;
}

/** Evidence ids depend only on where a quote is, so the same span cited twice is one node. */
export function evidenceId(source: string, start: number, end: number): string {
  return `evidence:${createHash('sha256').update(`${source}|${start}|${end}`).digest('hex').slice(0, 24)}`;
}

/** The id of a relationship: the dossier's own, or one derived from its type and ends. */
export function relationshipId(rel: DossierRelationship): string {
  return rel.id ?? `rel:${rel.type.toLowerCase().replace(/_/g, '-')}:${rel.from}:${rel.to}`;
}

/**
 * Validates dossiers as a whole: shape, source texts, references between them, dates, and every
 * evidence quote against its source at its offsets. Throws InvalidDossierError listing every
 * problem, so nothing is written unless everything is right.
 */
export function validateDossiers(
  raw: RawDossier[],
  readProblems: DossierProblem[] = [],
): ValidatedInput {
  const problems = [...readProblems];
  const dossiers: ValidatedInput['dossiers'] = [];
  for (const { file, data, texts } of raw) {
    const parsed = DossierSchema.safeParse(data);
    if (parsed.success) dossiers.push({ file, dossier: parsed.data, ...(texts ? { texts } : {}) });
    else
      for (const issue of parsed.error.issues)
        problems.push({ file, path: issue.path.map(String).join('.'), message: issue.message });
  }
  // A dossier is a versioned unit: one input gives at most one version of each.
  const files = new Map<string, string>();
  for (const { file, dossier } of dossiers) {
    const other = files.get(dossier.dossier);
    if (other)
      problems.push({
        file,
        path: 'dossier',
        message: `dossier ${dossier.dossier} is also in ${other}; one input holds one version of it`,
      });
    else files.set(dossier.dossier, file);
  }
  const sources = loadSources(dossiers, problems);
  const kinds = collectIds(dossiers, problems);
  for (const { file, dossier } of dossiers) checkDossier(file, dossier, kinds, sources, problems);
  problems.push(...copyProblems({ dossiers }));
  if (problems.length > 0) throw new InvalidDossierError(problems);
  return { dossiers, sources };
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function loadSources(
  dossiers: ValidatedInput['dossiers'],
  problems: DossierProblem[],
): Map<string, LoadedSource> {
  const sources = new Map<string, LoadedSource>();
  for (const { file, dossier, texts } of dossiers) {
    dossier.sources.forEach((source, index) => {
      const where = `sources.${index}`;
      const sourceFile = texts ? source.file : path.resolve(path.dirname(file), source.file);
      const content = texts ? texts.get(source.file) : readText(sourceFile);
      if (content === undefined) {
        problems.push({
          file,
          path: `${where}.file`,
          message: texts
            ? `the text of ${source.file} was not sent with the dossier`
            : `source file not found: ${sourceFile}`,
        });
        return;
      }
      if (content.normalize('NFC') !== content) {
        problems.push({
          file,
          path: `${where}.file`,
          message: 'source text is not NFC-normalised',
        });
        return;
      }
      const sha256 = createHash('sha256').update(content).digest('hex');
      const known = sources.get(source.id);
      if (known && known.sha256 !== sha256) {
        problems.push({
          file,
          path: `${where}.id`,
          message: `${source.id} names a different text in ${known.file}`,
        });
        return;
      }
      if (known) return;
      sources.set(source.id, {
        ...source,
        dossier: dossier.dossier,
        file: sourceFile,
        text: new CodePointText(content),
        sha256,
      });
    });
  }
  return sources;
}

/**
 * Maps every id to its kind; the same id twice in one dossier is an error, and so is one id with
 * two kinds, reported with both dossiers.
 */
function collectIds(
  dossiers: ValidatedInput['dossiers'],
  problems: DossierProblem[],
): Map<string, string> {
  const kinds = new Map<string, string>();
  const declaredIn = new Map<string, string>();
  for (const { file, dossier } of dossiers) {
    const seen = new Set<string>();
    const add = (id: string, kind: string, where: string) => {
      if (seen.has(id)) problems.push({ file, path: where, message: `duplicate id ${id}` });
      const known = kinds.get(id);
      if (known && known !== kind)
        problems.push({
          file,
          path: where,
          message: `${id} is a ${known} in ${declaredIn.get(id)}, not a ${kind}`,
        });
      seen.add(id);
      if (!known) {
        kinds.set(id, kind);
        declaredIn.set(id, file);
      }
    };
    dossier.entities.forEach((e, i) => add(e.id, e.kind, `entities.${i}.id`));
    dossier.events.forEach((e, i) => add(e.id, 'Event', `events.${i}.id`));
    dossier.claims.forEach((c, i) => add(c.id, 'Claim', `claims.${i}.id`));
    // A source may be named by several dossiers; it is the speaker of its own NARRATED claims.
    for (const source of dossier.sources) kinds.set(source.id, 'Source');
  }
  return kinds;
}

function checkDossier(
  file: string,
  dossier: Dossier,
  kinds: Map<string, string>,
  sources: Map<string, LoadedSource>,
  problems: DossierProblem[],
): void {
  const report = (where: string, message: string) => problems.push({ file, path: where, message });
  const ref = (id: string | undefined, where: string, allowed?: readonly string[]) => {
    if (id === undefined) return;
    const kind = kinds.get(id);
    if (!kind) report(where, `unknown reference ${id}`);
    else if (allowed && !allowed.includes(kind))
      report(where, `${id} is a ${kind}; expected ${allowed.join(' or ')}`);
  };
  const evidence = (list: DossierEvidence[], where: string) =>
    list.forEach((e, i) =>
      checkEvidence(e, dossier, sources, (p, m) => report(`${where}.${i}.${p}`, m)),
    );
  const date = (value: DossierDate, where: string) =>
    dateProblems(value).forEach((p) => report(`${where}.${p.path}`, p.message));

  // Outlets, copied sources and what assessments grade may be in the graph instead (IdCollisions).
  for (const reference of outsideReferences(dossier))
    if (kinds.has(reference.id)) ref(reference.id, reference.path, reference.allowed);
  // One grade per outlet and per claim in a dossier: a second would replace the first unseen.
  for (const [list, key] of [
    ['outlets', 'outlet'],
    ['claims', 'claim'],
  ] as const) {
    const graded = new Set<string>();
    (dossier.assessments?.[list] ?? []).forEach((a: Record<string, unknown>, i) => {
      const id = a[key] as string;
      if (graded.has(id)) report(`assessments.${list}.${i}.${key}`, `${id} is graded twice`);
      graded.add(id);
    });
  }
  const groups = new Set<string>();
  dossier.assessments?.dependentOutlets.forEach((a, i) => {
    const key = [...new Set(a.outlets)].sort().join(' ');
    if (groups.has(key)) report(`assessments.dependentOutlets.${i}`, 'declared twice');
    groups.add(key);
  });
  const entityKinds = ['Person', 'Country', 'Organization', 'Place', 'Delegation', 'Issue'];
  const texts = dossier.sources.flatMap((s) => sources.get(s.id)?.text.text ?? []);
  // Nothing drafted reaches the graph unreviewed.
  const items = {
    entities: dossier.entities,
    events: dossier.events,
    claims: dossier.claims,
    relationships: dossier.relationships,
  };
  for (const [list, entries] of Object.entries(items))
    entries.forEach((item, i) => item.draft && report(`${list}.${i}.draft`, DRAFT_LEFT));
  dossier.drafts?.mentions.forEach((m, i) => {
    report(`drafts.mentions.${i}`, `${DRAFT_LEFT} (a name of ${m.candidates.join(', ')})`);
    m.candidates.forEach((c, j) => ref(c, `drafts.mentions.${i}.candidates.${j}`, entityKinds));
    evidence([m], `drafts.mentions.${i}`);
  });
  dossier.drafts?.dates.forEach((d, i) => {
    report(`drafts.dates.${i}`, `${DRAFT_LEFT} (a date)`);
    evidence([d], `drafts.dates.${i}`);
  });
  dossier.entities.forEach((e, i) => {
    const names = [...Object.values(e.names), ...e.aliases.map((a) => a.value)];
    e.aliases.forEach((a, j) => {
      // A STATED alias is one a source uses on its own; any other is outside knowledge or a reading.
      if (a.basis.kind !== 'STATED') return;
      const problem = statedAliasProblem(a.value, texts, names);
      if (problem)
        report(
          `entities.${i}.aliases.${j}`,
          (problem === 'absent'
            ? `"${a.value}" is not in the source`
            : `the source uses "${a.value}" only within a longer name of ${e.id}`) +
            '; give it basis EXTERNAL with a reference, or INFERRED with a note',
        );
    });
    evidence(e.evidence, `entities.${i}.evidence`);
  });
  dossier.events.forEach((e, i) => {
    date(e.date, `events.${i}.date`);
    ref(e.partOf, `events.${i}.partOf`, ['Event']);
    ref(e.attestedBy, `events.${i}.attestedBy`, ['Claim']);
    evidence(e.evidence, `events.${i}.evidence`);
    e.participants.forEach((p, j) => {
      ref(p.entity, `events.${i}.participants.${j}.entity`, entityKinds);
      ref(p.attestedBy, `events.${i}.participants.${j}.attestedBy`, ['Claim']);
      evidence(p.evidence, `events.${i}.participants.${j}.evidence`);
    });
  });
  dossier.claims.forEach((c, i) => {
    const where = `claims.${i}`;
    if (!c.speaker && !c.speakerDescription && c.mode !== 'NARRATED')
      report(`${where}.speaker`, 'a claim needs a speaker or a speakerDescription');
    if (c.mode === 'NARRATED') {
      if (!c.speaker || !dossier.sources.some((s) => s.id === c.speaker?.id))
        report(`${where}.speaker`, 'a NARRATED claim is spoken by a source of this dossier');
    } else ref(c.speaker?.id, `${where}.speaker`, entityKinds);
    ref(c.via?.id, `${where}.via`, entityKinds);
    ref(c.event?.id, `${where}.event`, ['Event']);
    c.subjects.forEach((s, j) => ref(s.id, `${where}.subjects.${j}`, [...entityKinds, 'Event']));
    c.sameStatementAs.forEach((s, j) => {
      // Another report of the statement may be in another dossier, loaded before (see outsideReferences).
      if (s.id === c.id) report(`${where}.sameStatementAs.${j}`, 'a claim is not linked to itself');
    });
    c.contradicts.forEach((s, j) => {
      if (s.id === c.id) report(`${where}.contradicts.${j}`, 'a claim does not contradict itself');
      if (c.sameStatementAs.some((o) => o.id === s.id))
        report(`${where}.contradicts.${j}`, `${s.id} is also given as the same statement`);
    });
    if (!(c.language in c.statement))
      report(`${where}.statement`, `needs the statement in its own language (${c.language})`);
    date(c.date, `${where}.date`);
    evidence(c.evidence, `${where}.evidence`);
  });
  const relIds = new Set<string>();
  dossier.relationships.forEach((r, i) => {
    const where = `relationships.${i}`;
    const rule = RELATIONSHIP_RULES[r.type as keyof typeof RELATIONSHIP_RULES];
    ref(r.from, `${where}.from`, rule.from);
    ref(r.to, `${where}.to`, rule.to);
    ref(r.attestedBy, `${where}.attestedBy`, ['Claim']);
    const id = relationshipId(r);
    if (relIds.has(id)) report(where, `duplicate relationship ${id}; give each one its own id`);
    relIds.add(id);
    if (r.type === 'HOLDS_POSITION' && !r.stance)
      report(`${where}.stance`, 'HOLDS_POSITION needs a stance');
    if (r.type !== 'HOLDS_POSITION') {
      if (r.stance) report(`${where}.stance`, 'only a HOLDS_POSITION has a stance');
      if (r.strength) report(`${where}.strength`, 'only a HOLDS_POSITION has a strength');
      if (r.qualifiers.length > 0)
        report(`${where}.qualifiers`, 'only a HOLDS_POSITION has qualifiers');
    }
    if (r.validFrom && r.validTo && r.validTo < r.validFrom)
      report(`${where}.validTo`, 'ends before it starts');
    evidence(r.evidence, `${where}.evidence`);
  });
}

function checkEvidence(
  e: DossierEvidence,
  dossier: Dossier,
  sources: Map<string, LoadedSource>,
  report: (path: string, message: string) => void,
): void {
  const sourceId = e.source ?? (dossier.sources.length === 1 ? dossier.sources[0].id : undefined);
  if (!sourceId) return report('source', 'this dossier has several sources; name the one quoted');
  if (!dossier.sources.some((s) => s.id === sourceId))
    return report('source', `${sourceId} is not a source of this dossier`);
  const source = sources.get(sourceId);
  if (!source) return; // its loading problem is reported already
  if (e.end <= e.start) return report('end', `end (${e.end}) must be after start (${e.start})`);
  if (e.end > source.text.length)
    return report('end', `end (${e.end}) is past the end of ${sourceId} (${source.text.length})`);
  const actual = source.text.slice(e.start, e.end);
  if (actual !== e.quote.normalize('NFC')) {
    const found = source.text.find(e.quote.normalize('NFC'));
    const hint =
      found.length > 0
        ? `; the quote is at ${found.map((f) => `${f.start}-${f.end}`).join(', ')}`
        : '; the quote is nowhere in the source';
    report(
      'quote',
      `does not match ${sourceId} at ${e.start}-${e.end} (which reads "${actual}")${hint}`,
    );
  }
}

/** Resolves an evidence span's source (a dossier with one source may leave it out). */
export function resolveEvidence(e: DossierEvidence, dossier: Dossier): ResolvedEvidence {
  const source = e.source ?? dossier.sources[0].id;
  return { ...e, source, quote: e.quote.normalize('NFC'), id: evidenceId(source, e.start, e.end) };
}
