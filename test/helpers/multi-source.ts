import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small corpus of overlapping reports of one round, one dossier per source, with what each
 * states known in advance: a wire agency's story, a reprint and a translation of it, two
 * independent papers, and two broadcasters of one owner declared dependent. Texts are written
 * to a temporary folder; spans are found in them, so every quote is exact.
 */

/** An outlet (an Organization entity) and its names. */
const OUTLETS = {
  'organization:wire-agency': 'Wire Agency',
  'organization:morning-paper': 'Morning Paper',
  'organization:evening-paper': 'Evening Paper',
  'organization:state-tv-one': 'State TV One',
  'organization:state-tv-two': 'State TV Two',
} as const;
type Outlet = keyof typeof OUTLETS;

/** The facts reports may state, each written by a sentence of its own. */
const FACTS = {
  leads: {
    type: 'LEADS',
    from: 'person:ana-umerova',
    to: 'delegation:blue',
    en: 'Ana Umerova led the blue delegation.',
    ar: 'ترأست آنا أوميروفا الوفد الأزرق.',
  },
  member: {
    type: 'MEMBER_OF',
    from: 'person:bo-lindqvist',
    to: 'delegation:blue',
    en: 'Bo Lindqvist was a member of the blue delegation.',
    ar: 'كان بو ليندكفيست عضوا في الوفد الأزرق.',
  },
  represents: {
    type: 'REPRESENTS',
    from: 'delegation:blue',
    to: 'country:blueland',
    en: 'The blue delegation represented Blueland.',
    ar: 'مثّل الوفد الأزرق بلولاند.',
  },
  role: {
    type: 'HOLDS_ROLE',
    from: 'person:ana-umerova',
    to: 'country:blueland',
    en: 'Ana Umerova is the defence minister of Blueland.',
    ar: 'آنا أوميروفا وزيرة دفاع بلولاند.',
  },
} as const;
export type FactName = keyof typeof FACTS;

const PEOPLE = {
  'person:ana-umerova': { kind: 'Person', en: 'Ana Umerova', ar: 'آنا أوميروفا' },
  'person:bo-lindqvist': { kind: 'Person', en: 'Bo Lindqvist', ar: 'بو ليندكفيست' },
  'delegation:blue': { kind: 'Delegation', en: 'blue delegation', ar: 'الوفد الأزرق' },
  'country:blueland': { kind: 'Country', en: 'Blueland', ar: 'بلولاند' },
  'issue:truce-extension': { kind: 'Issue', en: 'extending the truce', ar: 'تمديد الهدنة' },
} as const;

interface Report {
  source: string;
  outlet: Outlet;
  language: 'en' | 'ar';
  facts: FactName[];
  copyOf?: { source: string; kind: 'REPRINT' | 'TRANSLATION' | 'WIRE' };
  /** How it reports the round: the date it gives, and the mediator, if it names one. */
  round?: { date: RoundDate; mediator?: Mediator; place?: Venue };
  /** Whether it reports the truce; every report of it agrees. */
  truce?: RoundDate;
  /** Its report of Ana Umerova's statement that the talks continue, and how it says she made it. */
  statement?: Statement;
  /** Blueland's position on extending the truce, as it reports it, in its own words. */
  position?: StatedPosition;
}

interface StatedPosition {
  stance: 'SUPPORTS' | 'REJECTS';
  asOf: string;
  qualifiers?: string[];
  sentence: string;
}
export const HOLDER = 'country:blueland';
export const ISSUE = 'issue:truce-extension';

interface Statement {
  id: string;
  mode: 'QUOTED' | 'REPORTED';
  channel: string;
  sentence: string;
  /** The report it is the same statement as, in another dossier. */
  sameAs?: string;
  /** A claim, in another dossier, that cannot be true with it. */
  contradicts?: string;
}
const WIRE_STATEMENT = 'claim:wire-1-talks-continue';

interface RoundDate {
  start?: string;
  end?: string;
  precision: 'DAY' | 'MONTH' | 'UNKNOWN';
  en: string;
  ar: string;
}
const MEDIATORS = {
  'country:greenland': { en: 'Greenland', ar: 'غرينلاند' },
  'country:redland': { en: 'Redland', ar: 'ريدلاند' },
} as const;
type Mediator = keyof typeof MEDIATORS;
/** Where reports say the round was held: two towns, and the region a gazetteer puts both in. */
const VENUES = {
  'place:lake-town': { en: 'Lake Town', ar: 'ليك تاون' },
  'place:hill-town': { en: 'Hill Town', ar: 'هيل تاون' },
  'place:lake-region': { en: 'the Lake Region', ar: 'منطقة البحيرات' },
} as const;
type Venue = keyof typeof VENUES;
/** What the gazetteer says lies in what: both towns in the Lake Region. */
const NESTING: Array<[Venue, Venue]> = [
  ['place:lake-town', 'place:lake-region'],
  ['place:hill-town', 'place:lake-region'],
];

const ON_4TH: RoundDate = {
  start: '2026-02-04',
  end: '2026-02-04',
  precision: 'DAY',
  en: 'on 4 February',
  ar: 'في 4 فبراير',
};
const ON_5TH: RoundDate = {
  start: '2026-02-05',
  end: '2026-02-05',
  precision: 'DAY',
  en: 'on 5 February',
  ar: 'في 5 فبراير',
};
const IN_FEBRUARY: RoundDate = {
  start: '2026-02-01',
  end: '2026-02-28',
  precision: 'MONTH',
  en: 'in February',
  ar: 'في فبراير',
};
const SOME_DAY: RoundDate = { precision: 'UNKNOWN', en: 'recently', ar: 'مؤخرا' };

export const ROUND = 'event:round-2-blue';
export const TRUCE = 'event:truce-blue';

/**
 * The channel planted: the wire and its translation say Ana Umerova wrote it on Telegram, the
 * evening paper that she told a press conference. One statement, reported three times.
 */
export const PLANTED_CHANNEL = [
  'claim:evening-1-talks-continue',
  'claim:morning-2-talks-continue',
  WIRE_STATEMENT,
];

/**
 * The contradiction planted: one broadcaster has Ana Umerova say the talks are over, which the
 * dossier declares contradicts the wire's report that they will continue.
 */
export const PLANTED_CONTRADICTION = ['claim:tv-two-1-talks-over', WIRE_STATEMENT];

/**
 * The opposite positions planted: the wire has Blueland support extending the truce on the 4th,
 * the first broadcaster has it reject it that day. The evening paper's rejection is of a
 * unilateral extension only, and the second broadcaster's is of December: neither takes a side.
 */
export const PLANTED_POSITIONS = [
  { dossier: 'tv-one-1', stance: 'REJECTS' },
  { dossier: 'wire-1', stance: 'SUPPORTS' },
];

/**
 * The disagreements planted in the reports of the round, with the dossiers on each side: the
 * wire story and its reprint date it the 4th, the evening paper the 5th (the translation's
 * "February" and the broadcaster's undated report agree with both); the wire and its copies hold
 * it in Lake Town, the first broadcaster in Hill Town (the evening paper's Lake Region, which
 * the gazetteer says holds both, agrees with both); the broadcaster names another mediator than
 * everyone else. The truce is reported alike by all who report it.
 */
export const PLANTED = [
  { aspect: 'DATE', role: null, dossiers: ['evening-1', 'morning-1', 'wire-1'] },
  { aspect: 'PLACE', role: null, dossiers: ['morning-1', 'morning-2', 'tv-one-1', 'wire-1'] },
  {
    aspect: 'PARTICIPANTS',
    role: 'MEDIATOR',
    dossiers: ['evening-1', 'morning-1', 'morning-2', 'tv-one-1', 'wire-1'],
  },
];

/** The reports, in loading order: each is one dossier. */
export const REPORTS: Report[] = [
  {
    source: 'source:wire-1',
    outlet: 'organization:wire-agency',
    language: 'en',
    facts: ['leads', 'member'],
    round: { date: ON_4TH, mediator: 'country:greenland', place: 'place:lake-town' },
    truce: ON_4TH,
    position: {
      stance: 'SUPPORTS',
      asOf: '2026-02-04',
      sentence: 'Blueland supports extending the truce.',
    },
    statement: {
      id: WIRE_STATEMENT,
      mode: 'QUOTED',
      channel: 'Telegram',
      sentence: 'Ana Umerova wrote on Telegram: "The talks will continue."',
    },
  },
  {
    source: 'source:morning-1',
    outlet: 'organization:morning-paper',
    language: 'en',
    facts: ['leads', 'member'],
    copyOf: { source: 'source:wire-1', kind: 'WIRE' },
    round: { date: ON_4TH, mediator: 'country:greenland', place: 'place:lake-town' },
  },
  {
    source: 'source:morning-2',
    outlet: 'organization:morning-paper',
    language: 'ar',
    facts: ['leads', 'member'],
    copyOf: { source: 'source:wire-1', kind: 'TRANSLATION' },
    round: { date: IN_FEBRUARY, mediator: 'country:greenland', place: 'place:lake-town' },
    truce: IN_FEBRUARY,
    statement: {
      id: 'claim:morning-2-talks-continue',
      mode: 'QUOTED',
      channel: 'Telegram',
      sentence: 'كتبت آنا أوميروفا على تيليغرام: "ستستمر المحادثات".',
      sameAs: WIRE_STATEMENT,
    },
  },
  {
    source: 'source:evening-1',
    outlet: 'organization:evening-paper',
    language: 'en',
    facts: ['leads', 'represents'],
    round: { date: ON_5TH, mediator: 'country:greenland', place: 'place:lake-region' },
    position: {
      stance: 'REJECTS',
      asOf: '2026-02-04',
      qualifiers: ['UNILATERAL'],
      sentence: 'Blueland rejects a unilateral extension of the truce.',
    },
    statement: {
      id: 'claim:evening-1-talks-continue',
      mode: 'REPORTED',
      channel: 'press conference',
      sentence: 'Ana Umerova told a press conference that the talks would continue.',
      sameAs: WIRE_STATEMENT,
    },
  },
  {
    source: 'source:tv-one-1',
    outlet: 'organization:state-tv-one',
    language: 'ar',
    facts: ['role', 'represents'],
    round: { date: SOME_DAY, mediator: 'country:redland', place: 'place:hill-town' },
    position: { stance: 'REJECTS', asOf: '2026-02-04', sentence: 'بلولاند ترفض تمديد الهدنة.' },
  },
  {
    source: 'source:tv-two-1',
    outlet: 'organization:state-tv-two',
    language: 'en',
    facts: ['role'],
    round: { date: SOME_DAY },
    position: {
      stance: 'REJECTS',
      asOf: '2025-12-01',
      sentence: 'In December, Blueland rejected extending the truce.',
    },
    statement: {
      id: 'claim:tv-two-1-talks-over',
      mode: 'REPORTED',
      channel: 'television',
      sentence: 'Ana Umerova said on television that the talks were over.',
      contradicts: WIRE_STATEMENT,
    },
  },
];

/** The two broadcasters, declared dependent by an analyst's dossier of its own. */
export const DEPENDENT_OUTLETS: Outlet[] = [
  'organization:state-tv-one',
  'organization:state-tv-two',
];

type SupportCounts = { sources: number; independentSources: number; outlets: number };

/** What the ground truth says of each fact: its sources, independent voices and outlets. */
export function expectedSupport(
  reports: readonly Report[],
  dependent: readonly Outlet[] = DEPENDENT_OUTLETS,
): Record<FactName, SupportCounts> {
  const count = counter(reports, dependent);
  return Object.fromEntries(
    (Object.keys(FACTS) as FactName[]).map((fact) => [
      fact,
      count(reports.filter((r) => r.facts.includes(fact))),
    ]),
  ) as ReturnType<typeof expectedSupport>;
}

/** The same, of Blueland's position on the truce (one relationship, whatever its stance). */
export function expectedPositionSupport(
  reports: readonly Report[],
  dependent: readonly Outlet[] = DEPENDENT_OUTLETS,
): SupportCounts {
  return counter(reports, dependent)(reports.filter((r) => r.position));
}

function counter(reports: readonly Report[], dependent: readonly Outlet[]) {
  const byId = new Map(reports.map((r) => [r.source, r]));
  const voice = (r: Report): string => {
    const original = r.copyOf ? byId.get(r.copyOf.source) : undefined;
    if (original) return voice(original);
    return dependent.includes(r.outlet) ? dependent[0] : r.outlet;
  };
  return (stating: Report[]): SupportCounts => ({
    sources: stating.length,
    independentSources: new Set(stating.map(voice)).size,
    outlets: new Set(stating.map((r) => r.outlet)).size,
  });
}

/** The relationship Blueland's position is stored under. */
export const POSITION_ID = `rel:holds-position:${HOLDER}:${ISSUE}`;

/** The relationship id a fact is stored under. */
export const factId = (fact: FactName) => {
  const f = FACTS[fact];
  return `rel:${f.type.toLowerCase().replace(/_/g, '-')}:${f.from}:${f.to}`;
};

/** Writes each report's text and dossier to a fresh folder; returns the dossier files in order. */
export function writeReports(reports: readonly Report[] = REPORTS): {
  dir: string;
  files: string[];
  dossierOf: (source: string) => Record<string, unknown>;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-multi-source-'));
  const dossiers = new Map<string, Record<string, unknown>>();
  const files = reports.map((report) => {
    const slug = report.source.slice('source:'.length);
    const lang = report.language;
    const round = report.round;
    const roundSentence = round
      ? lang === 'en'
        ? `The second round took place ${round.place ? `in ${VENUES[round.place].en} ` : ''}${round.date.en}` +
          (round.mediator ? `, with ${MEDIATORS[round.mediator].en} mediating.` : '.')
        : `عقدت الجولة الثانية ${round.place ? `في ${VENUES[round.place].ar} ` : ''}${round.date.ar}` +
          (round.mediator ? ` بوساطة ${MEDIATORS[round.mediator].ar}.` : '.')
      : null;
    const truceSentence = report.truce
      ? lang === 'en'
        ? `A truce was agreed ${report.truce.en}.`
        : `اتفق على هدنة ${report.truce.ar}.`
      : null;
    const sentences = [
      ...report.facts.map((fact) => FACTS[fact][lang]),
      ...(roundSentence ? [roundSentence] : []),
      ...(truceSentence ? [truceSentence] : []),
      ...(report.statement ? [report.statement.sentence] : []),
      ...(report.position ? [report.position.sentence] : []),
    ];
    const text = `${sentences.join(' ')}\n`;
    fs.writeFileSync(path.join(dir, `${slug}.txt`), text);
    const span = spanIn(text);
    const named = new Set([
      ...report.facts.flatMap((fact) => [FACTS[fact].from, FACTS[fact].to]),
      ...(report.round ? ['delegation:blue'] : []),
      ...(report.statement ? ['person:ana-umerova'] : []),
      ...(report.position ? [HOLDER, ISSUE] : []),
    ]) as Set<keyof typeof PEOPLE>;
    const dossier = {
      dossier: slug,
      sources: [
        {
          id: report.source,
          file: `${slug}.txt`,
          language: report.language,
          publishedOn: '2026-02-04',
          title: { [report.language]: `Report ${slug}` },
          outlet: report.outlet,
          author: `Desk of ${OUTLETS[report.outlet]}`,
          url: `https://example.org/${slug}`,
          ...(report.copyOf ? { copyOf: report.copyOf } : {}),
        },
      ],
      entities: [
        ...[...named].map((id) => ({
          id,
          kind: PEOPLE[id].kind,
          names: { en: PEOPLE[id].en, ar: PEOPLE[id].ar },
        })),
        { id: report.outlet, kind: 'Organization', names: { en: OUTLETS[report.outlet] } },
        ...(report.round?.mediator
          ? [
              {
                id: report.round.mediator,
                kind: 'Country',
                names: {
                  en: MEDIATORS[report.round.mediator].en,
                  ar: MEDIATORS[report.round.mediator].ar,
                },
              },
            ]
          : []),
        ...(report.round?.place ? [venueEntity(report.round.place)] : []),
      ],
      events: [
        ...(round && roundSentence
          ? [
              {
                id: ROUND,
                kind: 'NEGOTIATION_ROUND',
                round: 2,
                names: { en: 'Second round of the blue talks' },
                date: dateOf(round.date),
                participants: [
                  { entity: 'delegation:blue', role: 'PARTY', evidence: [span(roundSentence)] },
                  ...(round.mediator
                    ? [
                        {
                          entity: round.mediator,
                          role: 'MEDIATOR',
                          evidence: [span(roundSentence)],
                        },
                      ]
                    : []),
                ],
                evidence: [span(roundSentence)],
              },
            ]
          : []),
        ...(report.truce && truceSentence
          ? [
              {
                id: TRUCE,
                kind: 'TRUCE',
                names: { en: 'Blue truce' },
                date: dateOf(report.truce),
                evidence: [span(truceSentence)],
              },
            ]
          : []),
      ],
      claims: report.statement
        ? [
            {
              id: report.statement.id,
              speaker: 'person:ana-umerova',
              mode: report.statement.mode,
              channel: report.statement.channel,
              language: lang,
              statement: {
                [lang]: report.statement.sentence,
                en: report.statement.contradicts
                  ? 'The talks are over.'
                  : 'The talks will continue.',
              },
              date: { precision: 'UNKNOWN' },
              ...(report.statement.sameAs ? { sameStatementAs: [report.statement.sameAs] } : {}),
              ...(report.statement.contradicts
                ? { contradicts: [report.statement.contradicts] }
                : {}),
              evidence: [span(report.statement.sentence)],
            },
          ]
        : [],
      relationships: [
        ...report.facts.map((fact) => ({
          type: FACTS[fact].type,
          from: FACTS[fact].from,
          to: FACTS[fact].to,
          ...(FACTS[fact].type === 'HOLDS_ROLE' ? { title: { en: 'defence minister' } } : {}),
          evidence: [span(FACTS[fact][report.language])],
        })),
        ...(round?.place && roundSentence
          ? [{ type: 'HELD_IN', from: ROUND, to: round.place, evidence: [span(roundSentence)] }]
          : []),
        ...(report.position
          ? [
              {
                type: 'HOLDS_POSITION',
                from: HOLDER,
                to: ISSUE,
                stance: report.position.stance,
                asOf: report.position.asOf,
                ...(report.position.qualifiers ? { qualifiers: report.position.qualifiers } : {}),
                evidence: [span(report.position.sentence)],
              },
            ]
          : []),
      ],
    };
    dossiers.set(report.source, dossier);
    const file = path.join(dir, `${slug}.json`);
    fs.writeFileSync(file, JSON.stringify(dossier, null, 2));
    return file;
  });
  return {
    dir,
    files: [...files, writeGazetteer(dir)],
    dossierOf: (source) => structuredClone(dossiers.get(source)!),
  };
}

const venueEntity = (id: Venue) => ({
  id,
  kind: 'Place',
  names: { en: VENUES[id].en.replace(/^the /, ''), ar: VENUES[id].ar },
});

/** The gazetteer's dossier, loaded after the reports: which place lies in which (NESTING). */
export const GAZETTEER = 'gazetteer';

function writeGazetteer(dir: string): string {
  const sentence = ([town, region]: [Venue, Venue]) =>
    `${VENUES[town].en} lies in ${VENUES[region].en}.`;
  const text = `${NESTING.map(sentence).join(' ')}\n`;
  const span = spanIn(text);
  return writeNotes(dir, GAZETTEER, text, '2026-01-01', 'Gazetteer of the lakes', {
    entities: (Object.keys(VENUES) as Venue[]).map(venueEntity),
    relationships: NESTING.map(([town, region]) => ({
      type: 'LOCATED_IN',
      from: town,
      to: region,
      evidence: [span(sentence([town, region]))],
    })),
  });
}

/** An analyst's dossier declaring outlets dependent and grading one: it quotes a note of its own. */
export function writeAssessments(
  dir: string,
  assessments: Record<string, unknown>,
  name = 'analyst-notes',
): string {
  const text = 'Analyst notes on outlets.\n';
  return writeNotes(dir, name, text, '2026-02-05', 'Analyst notes', { assessments });
}

/** A dossier of one English source of its own (its text written beside it), and what it states. */
function writeNotes(
  dir: string,
  name: string,
  text: string,
  publishedOn: string,
  title: string,
  states: Record<string, unknown>,
): string {
  fs.writeFileSync(path.join(dir, `${name}.txt`), text);
  const file = path.join(dir, `${name}.json`);
  const source = { id: `source:${name}`, file: `${name}.txt`, language: 'en', publishedOn };
  fs.writeFileSync(
    file,
    JSON.stringify({ dossier: name, sources: [{ ...source, title: { en: title } }], ...states }),
  );
  return file;
}

/** A quote's span in a text, in code points. */
const spanIn = (text: string) => (quote: string) => {
  const start = [...text.slice(0, text.indexOf(quote))].length;
  return { start, end: start + [...quote].length, quote };
};

const dateOf = ({ start, end, precision }: RoundDate) => ({
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
  precision,
});
