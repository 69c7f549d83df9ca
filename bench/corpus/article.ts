import type { Lang, Localized } from './names';
import { LANGS } from './names';
import {
  CHANNELS,
  LEAD_BILATERAL,
  LEAD_MEDIATED,
  LEADS,
  LOCATED,
  MEMBER,
  ORGANISATIONS,
  POSITION,
  QUOTED,
  REPORTED,
  STATEMENTS,
  writtenDate,
} from './phrases';
import type { Disagreements } from './disagreements';
import type { Random } from './random';
import { render, Span, TemplateValue, TextBuilder } from './text-builder';
import type { Country, World, WorldEntity } from './world';

const ALIAS_BASIS = {
  kind: 'EXTERNAL',
  reference: "The generated world's spellings of the name",
} as const;

const SAME_STATEMENT_BASIS = {
  kind: 'INFERRED',
  note: 'The same speaker, the same words, about the same round',
} as const;

type Evidence = { start: number; end: number; quote: string };
type Json = Record<string, unknown>;

/** One generated source: its text and the dossier that states what it says, in the seed's format. */
export interface Article {
  name: string;
  lang: Lang;
  text: string;
  dossier: Json;
  /** Ids of the entities, events and claims it defines, to count distinct nodes. */
  nodeIds: string[];
  evidenceSpans: number;
  relationships: number;
  /** Every place the text names an entity (code points), the key a draft is measured against. */
  mentions: Array<{ id: string; start: number; end: number }>;
}

const ROUND_EVERY = 6; // articles about a track before it moves on to its next round
const LANG_WEIGHTS: Array<[Lang, number]> = [
  ['ar', 0.4],
  ['en', 0.3],
  ['ru', 0.15],
  ['uk', 0.15],
];
const DAY_MS = 86400000;
const BASE_DAY = Date.UTC(2022, 0, 1);
const isoDay = (day: number) => new Date(BASE_DAY + day * DAY_MS).toISOString().slice(0, 10);

function pickLang(random: Random): Lang {
  let x = random.next();
  for (const [lang, weight] of LANG_WEIGHTS) {
    if (x < weight) return lang;
    x -= weight;
  }
  return 'en';
}

const localized = (fn: (lang: Lang) => string): Localized =>
  Object.fromEntries(LANGS.map((lang) => [lang, fn(lang)])) as Localized;

/** Writes one article about a round of some track, and the dossier of everything it states. */
export function generateArticle(
  world: World,
  random: Random,
  index: number,
  /** Unique to the corpus (size and seed), so that two corpora never share an id. */
  corpusKey: string,
  /** Plants disagreements in some articles and keeps their ground truth; none without it. */
  disagreements?: Disagreements,
): Article {
  const name = `gen-${String(index).padStart(6, '0')}`;
  const lang = pickLang(random);
  const b = new TextBuilder(lang);
  const track = world.track();
  const round = 1 + Math.floor(track.articles / ROUND_EVERY);
  const plan = disagreements?.plan(world, track, round, track.articles % ROUND_EVERY === 0) ?? {};
  track.articles += 1;
  const roundDay = track.startDay + (round - 1) * 21;
  const publishedOn = isoDay(roundDay + random.int(2));
  const sourceId = `source:${corpusKey}-${name}`;
  // The day and mediator this article gives its round: the round's own, unless planted.
  const statedDay = roundDay + (plan.dateShift ?? 0);
  const roundId = `event:${track.slug}-round-${round}`;
  if (plan.dateShift)
    disagreements!.record({
      aspect: 'DATE',
      dossier: name,
      event: roundId,
      date: isoDay(statedDay),
    });
  const mediator = plan.mediator ?? track.mediator;
  if (plan.mediator)
    disagreements!.record({
      aspect: 'PARTICIPANTS',
      role: 'MEDIATOR',
      dossier: name,
      event: roundId,
      entity: plan.mediator.id,
    });

  const entities = new Map<string, { entity: WorldEntity; spans: Span[] }>();
  const events: Json[] = [];
  const claims: Json[] = [];
  const relationships = new Map<string, Json & { evidence: Span[] }>();
  const use = (entity: WorldEntity, spans: Span[] = []) => {
    const known = entities.get(entity.id) ?? { entity, spans: [] };
    known.spans.push(...spans);
    entities.set(entity.id, known);
    return { entity };
  };
  const relate = (type: string, from: string, to: string, span: Span, extra: Json = {}) => {
    const key = `${type}|${from}|${to}`;
    const known = relationships.get(key);
    if (known) known.evidence.push(span);
    else relationships.set(key, { type, from, to, ...extra, evidence: [span] });
  };
  const sentence = (template: string, values: Record<string, TemplateValue>) => {
    const written = b.write(template, values);
    b.append(' ');
    return written;
  };

  // A sentence that quotes or reports a statement, whose own mentions are recorded too.
  const withStatement = (
    template: string,
    values: Record<string, TemplateValue>,
    statement: string,
    statementValues: Record<string, TemplateValue>,
  ) => {
    const [before, after] = template.split('{statement}');
    const first = b.write(before, values);
    b.write(statement, statementValues);
    const last = b.write(after, {});
    b.append(' ');
    return { span: { start: first.span.start, end: last.span.end } };
  };

  const { a, b: other } = track;
  // A round is held where its first article says (the draw is made all the same), unless planted.
  const drawnVenue = world.venue();
  if (track.venue?.round !== round) track.venue = { round, venue: drawnVenue };
  const venue = plan.venue ?? track.venue.venue;
  if (plan.venue)
    disagreements!.record({
      aspect: 'PLACE',
      dossier: name,
      event: roundId,
      entity: plan.venue.place.id,
    });
  const title = localized((l) =>
    l === 'ar'
      ? `الجولة ${round} من المحادثات بين ${a.names.ar} و${other.names.ar}`
      : l === 'ru'
        ? `Раунд ${round} переговоров стран ${a.names.ru} и ${other.names.ru}`
        : l === 'uk'
          ? `Раунд ${round} переговорів країн ${a.names.uk} та ${other.names.uk}`
          : `Round ${round} of talks between ${a.names.en} and ${other.names.en}`,
  );
  const heading = b.append(`${title[lang]}\n\n`);
  // The heading names both sides; recorded for the key only, so the dossier stays as it was.
  const headingMentions = [a, other].map((side) => {
    const at = title[lang].indexOf(side.names[lang]);
    const start = heading.start + Array.from(title[lang].slice(0, at)).length;
    return { id: side.id, start, end: start + Array.from(side.names[lang]).length };
  });

  // The round, its sides and its mediator.
  const lead = sentence((mediator ? LEAD_MEDIATED : LEAD_BILATERAL)[lang], {
    a: use(a),
    b: use(other),
    ...(mediator ? { m: use(mediator) } : {}),
    n: round,
    venue: use(venue.place),
    date: writtenDate(isoDay(statedDay), lang),
  });
  const participants: Json[] = [];
  const delegationOf = (country: Country) => {
    const id =
      `delegation:${track.slug}-round-${round}-${country.id.slice('country:'.length)}`.slice(
        0,
        128,
      );
    const names = localized((l) =>
      l === 'ar'
        ? `وفد ${country.names.ar} (الجولة ${round})`
        : l === 'ru'
          ? `Делегация страны ${country.names.ru} (раунд ${round})`
          : l === 'uk'
            ? `Делегація країни ${country.names.uk} (раунд ${round})`
            : `Delegation of ${country.names.en} (round ${round})`,
    );
    return { id, kind: 'Delegation' as const, names, aliases: [] };
  };
  for (const side of [a, other]) {
    const delegation = delegationOf(side);
    participants.push({ entity: delegation.id, role: 'PARTY', evidence: [lead.span] });
    const chief = world.chief(track, side);
    const orgKind = ORGANISATIONS.find((o) => o.key === chief.org)!;
    const org = world.org(side, chief.org);
    const leads = sentence(LEADS[lang], {
      country: use(side),
      leader: use(chief.person),
      title: orgKind.title[lang],
      org: use(org, []),
    });
    use(delegation, [leads.span]);
    relate('LEADS', chief.person.id, delegation.id, leads.span);
    relate('REPRESENTS', delegation.id, side.id, leads.span);
    relate('HOLDS_ROLE', chief.person.id, org.id, leads.span, {
      title: orgKind.title,
      asOf: publishedOn,
    });
    relate('PART_OF', org.id, side.id, b.mentions.get(org.id)!.at(-1)!);
    if (random.chance(0.5)) {
      const member = world.newPerson();
      const said = sentence(MEMBER[lang], { person: use(member), country: use(side) });
      relate('MEMBER_OF', member.id, delegation.id, said.span);
    }
  }
  if (mediator) participants.push({ entity: mediator.id, role: 'MEDIATOR', evidence: [lead.span] });
  relate('LOCATED_IN', venue.place.id, venue.country.id, lead.span);
  relate('HELD_IN', roundId, venue.place.id, lead.span);
  use(venue.country);
  events.push({
    id: roundId,
    kind: 'NEGOTIATION_ROUND',
    names: localized((l) =>
      l === 'ar'
        ? `الجولة ${round} من المحادثات بين ${a.names.ar} و${other.names.ar}`
        : l === 'ru'
          ? `Переговоры стран ${a.names.ru} и ${other.names.ru}, раунд ${round}`
          : l === 'uk'
            ? `Переговори країн ${a.names.uk} та ${other.names.uk}, раунд ${round}`
            : `Talks between ${a.names.en} and ${other.names.en}, round ${round}`,
    ),
    round,
    format: mediator ? 'TRILATERAL' : 'BILATERAL',
    date: { start: isoDay(statedDay), end: isoDay(statedDay + 1), precision: 'DAY' },
    participants,
    evidence: [lead.span],
  });

  // Positions on the issues at stake.
  const issues: WorldEntity[] = [];
  for (let i = 0, n = 1 + random.int(2); i < n; i += 1) {
    const side = random.chance(0.5) ? a : other;
    const stance = random.pick(['DEMANDS', 'SUPPORTS', 'REJECTS', 'PROPOSES'] as const);
    let issue: WorldEntity;
    let place: WorldEntity | undefined;
    if (random.chance(0.6)) {
      place = world.placeIn(random.chance(0.5) ? a : other);
      issue = world.issueOf(place);
    } else issue = random.pick(world.generalIssues);
    const said = sentence(POSITION[stance][lang], {
      country: use(side),
      issue: {
        entity: issue,
        text: issue.names[lang].replace(/^./, (c) => (lang === 'en' ? c.toLowerCase() : c)),
      },
    });
    use(issue, b.mentions.get(issue.id)!.slice(-1));
    relate('HOLDS_POSITION', side.id, issue.id, said.span, { stance });
    issues.push(issue);
    if (place) {
      const owner = world.countries.find((c) => c.places.includes(place!))!;
      const located = sentence(LOCATED[lang], { place: use(place), country: use(owner) });
      relate('CONCERNS', issue.id, place.id, said.span);
      relate('LOCATED_IN', place.id, owner.id, located.span);
    }
  }

  // What people said.
  for (let i = 0, n = 1 + random.int(2); i < n; i += 1) {
    const drawnSide = random.pick([a, other, ...(mediator ? [mediator] : [])]);
    const who = random.next();
    const drawnSpeaker =
      who < 0.4
        ? world.head(drawnSide)
        : who < 0.7
          ? world.spokesperson(drawnSide)
          : world.chief(track, drawnSide).person;
    const drawnStatement = random.pick(STATEMENTS);
    let about: WorldEntity | undefined;
    if (drawnStatement.about === 'issue')
      about = issues.length > 0 ? random.pick(issues) : random.pick(world.generalIssues);
    else if (drawnStatement.about === 'venue') about = venue.place;
    else if (drawnStatement.about === 'country') about = drawnSide === a ? other : a;
    const claimId = `claim:${corpusKey}-${name}-${i + 1}`;
    const drawnQuoted = random.chance(0.6);
    const drawnChannel = drawnQuoted ? random.pick(CHANNELS) : undefined;
    // A planted restatement reports the round's last quoted statement again, through another
    // channel, and says it is the same statement; the draws above are made all the same. Its
    // speaker's side must be one this article names (not a mediator it replaced).
    const restated = i === 0 && plan.restate ? disagreements!.restated(track) : undefined;
    const again = restated && [a, other, mediator].includes(restated.side) ? restated : undefined;
    const side = again?.side ?? drawnSide;
    const speaker = again?.speaker ?? drawnSpeaker;
    const statement = again?.statement ?? drawnStatement;
    if (again) about = again.about;
    const values: Record<string, TemplateValue> =
      about && statement.about !== 'none' ? { [statement.about]: { entity: about } } : {};
    const subjects = [roundId, ...(about ? [about.id] : [])];
    if (again && about) use(about);
    const quoted = again ? true : drawnQuoted;
    const statementText = render(statement.text[lang], values, lang);
    const claim: Json = {
      id: claimId,
      speaker: speaker.id,
      mode: quoted ? 'QUOTED' : 'REPORTED',
      language: lang,
      statement: { [lang]: statementText, en: render(statement.text.en, values, 'en') },
      date: {
        start: publishedOn,
        end: publishedOn,
        precision: 'DAY',
        note: 'The publication day.',
      },
      subjects,
    };
    let said;
    if (quoted) {
      const channel = again ? disagreements!.otherChannel(CHANNELS, again.channel) : drawnChannel!;
      const orgKey =
        speaker === world.head(side)
          ? 'presidential-office'
          : speaker === world.spokesperson(side)
            ? 'presidential-office'
            : world.chief(track, side).org;
      const org = world.org(side, orgKey);
      const orgKind = ORGANISATIONS.find((o) => o.key === orgKey)!;
      said = withStatement(
        QUOTED[lang],
        {
          speaker: use(speaker),
          title: orgKind.title[lang],
          org: use(org),
          channel: channel.verb[lang],
        },
        statement.text[lang],
        values,
      );
      claim.channel = channel.channel;
      if (again) {
        claim.sameStatementAs = [{ id: again.claim, basis: SAME_STATEMENT_BASIS }];
        disagreements!.record({
          aspect: 'CHANNEL',
          dossier: name,
          claims: [again.claim, claimId],
          channel: channel.channel,
        });
      } else
        disagreements?.quote(track, {
          round,
          claim: claimId,
          speaker,
          side,
          statement,
          about,
          channel: channel.channel,
        });
      relate('HOLDS_ROLE', speaker.id, org.id, said.span, {
        title: orgKind.title,
        asOf: publishedOn,
      });
      relate('PART_OF', org.id, side.id, b.mentions.get(org.id)!.at(-1)!);
      if (channel.event) {
        const eventId = `event:press-${corpusKey}-${name}-${i + 1}`;
        events.push({
          id: eventId,
          kind: 'PRESS_CONFERENCE',
          names: localized((l) => `${speaker.names[l]}: ${channel.verb[l]}`),
          date: { start: publishedOn, end: publishedOn, precision: 'DAY' },
          participants: [{ entity: speaker.id, role: 'SPEAKER', evidence: [said.span] }],
          evidence: [said.span],
        });
        claim.event = eventId;
      }
    } else {
      // Reported speech runs on after a comma, so its first letter is lower case.
      const lowered =
        lang === 'ar'
          ? statement.text[lang]
          : statement.text[lang].replace(/^./, (c) => c.toLowerCase());
      said = withStatement(REPORTED[lang], { speaker: use(speaker) }, lowered, values);
    }
    claim.evidence = [said.span];
    claims.push(claim);
  }
  return finish();

  function finish(): Article {
    const text = b.text.trimEnd() + '\n';
    const points = Array.from(text);
    const quote = (span: Span): Evidence => ({
      ...span,
      quote: points.slice(span.start, span.end).join(''),
    });
    const spans = new Set<string>();
    const cite = (list: Span[]): Evidence[] =>
      list.map((span) => {
        spans.add(`${span.start}:${span.end}`);
        return quote(span);
      });
    const dossier: Json = {
      dossier: name,
      sources: [
        {
          id: sourceId,
          file: `../sources/${name}.${lang}.txt`,
          language: lang,
          publishedOn,
          title: { [lang]: title[lang], en: title.en },
          publisher: 'Parley synthetic corpus',
        },
      ],
      // An entity's evidence: where the text names it (at most twice), or the sentence about it.
      entities: [...entities.values()].map(({ entity, spans: s }) => {
        const where = new Map(
          [...(b.mentions.get(entity.id) ?? []), ...s].map((span) => [
            `${span.start}:${span.end}`,
            span,
          ]),
        );
        return {
          id: entity.id,
          kind: entity.kind,
          names: entity.names,
          // The world's other spellings, which an article need not use: outside knowledge.
          aliases: entity.aliases.map((alias) => ({ ...alias, basis: ALIAS_BASIS })),
          evidence: cite([...where.values()].slice(0, 2)),
        };
      }),
      events: events.map((e) => ({
        ...e,
        participants: (e.participants as Json[]).map((p) => ({
          ...p,
          evidence: cite(p.evidence as Span[]),
        })),
        evidence: cite(e.evidence as Span[]),
      })),
      claims: claims.map((c) => ({ ...c, evidence: cite(c.evidence as Span[]) })),
      relationships: [...relationships.values()].map((r) => ({ ...r, evidence: cite(r.evidence) })),
    };
    return {
      name,
      lang,
      text,
      dossier,
      nodeIds: [
        ...entities.keys(),
        ...events.map((e) => e.id as string),
        ...claims.map((c) => c.id as string),
      ],
      evidenceSpans: spans.size,
      relationships: relationships.size,
      mentions: [
        ...headingMentions,
        ...[...b.mentions].flatMap(([id, list]) => list.map((span) => ({ id, ...span }))),
      ],
    };
  }
}
