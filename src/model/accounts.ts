/**
 * An event as each dossier gives it: the account's date, where it took place, and who took part
 * in which role. A
 * dossier is one curator's reading of its sources; where two dossiers give the same event
 * different values, both are kept, each with its sources, and the event is disputed on that
 * point. Pure: the ingest marks disputed events with it and the API lists their accounts.
 */

/** One dossier's current statement of an event or of one of its participations, as stored. */
export interface StatedAccount {
  dossier: string;
  /** The event's statement: its properties (null when the dossier only refers to it). */
  event: { props: Record<string, unknown> | null; evidence: string[] } | null;
  participants: Array<{ role: string; entity: string; evidence: string[] }>;
  places: AccountPlace[];
}

/**
 * What puts a place in another, and how deep places may lie in one another (a building, a city,
 * a region, a country …): the places an account's place lies in are followed up these.
 */
export const PLACE_NESTING = { types: ['LOCATED_IN', 'PART_OF'], depth: 6 } as const;
const NESTING_PATTERN = `${PLACE_NESTING.types.join('|')}*`;
/** The Cypher relationship pattern of nesting, from `min` hops up to the deepest. */
export const nestingPattern = (min: 0 | 1) => `[:${NESTING_PATTERN}${min}..${PLACE_NESTING.depth}]`;

/** A place an account says the event was held in, and the places the graph has it lie in. */
export interface AccountPlace {
  entity: string;
  /** Every place it lies in (LOCATED_IN or PART_OF, followed up), nearest first. */
  within: string[];
  evidence: string[];
}

/** An account's date, as a FuzzyDate is stored. */
export interface AccountDate {
  start: string | null;
  end: string | null;
  precision: string;
  note: string | null;
}

export interface Account {
  dossier: string;
  date: AccountDate | null;
  participants: Array<{ role: string; entity: string; evidence: string[] }>;
  places: AccountPlace[];
  /** The spans the account rests on: the event's, its places' and its participations'. */
  evidence: string[];
}

/** What accounts disagree on: the date, the place, or who took part in a role. */
export interface DisputedPoint {
  aspect: 'DATE' | 'PLACE' | 'PARTICIPANTS';
  /** For PARTICIPANTS: the role they disagree on. */
  role: string | null;
  /** The dossiers whose accounts take part in the disagreement, in order. */
  dossiers: string[];
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The accounts of one event, a dossier each, in dossier order. */
export function accountsOf(stated: readonly StatedAccount[]): Account[] {
  return [...stated]
    .sort((a, b) => (a.dossier < b.dossier ? -1 : a.dossier > b.dossier ? 1 : 0))
    .map(({ dossier, event, participants, places }) => {
      const props = event?.props ?? null;
      const precision = str(props?.datePrecision);
      return {
        dossier,
        date:
          props && precision
            ? {
                start: str(props.dateStart),
                end: str(props.dateEnd),
                precision,
                note: str(props.dateNote),
              }
            : null,
        participants: [...participants].sort((a, b) =>
          `${a.role} ${a.entity}` < `${b.role} ${b.entity}` ? -1 : 1,
        ),
        places: [...places].sort((a, b) => (a.entity < b.entity ? -1 : 1)),
        evidence: [
          ...new Set([
            ...(event?.evidence ?? []),
            ...places.flatMap((p) => p.evidence),
            ...participants.flatMap((p) => p.evidence),
          ]),
        ],
      };
    });
}

/**
 * Whether two dates can be the same: their intervals meet. A missing bound is open, and a date
 * of UNKNOWN precision says nothing; a day within a month it falls in agrees with it.
 */
export function datesAgree(a: AccountDate, b: AccountDate): boolean {
  if (a.precision === 'UNKNOWN' || b.precision === 'UNKNOWN') return true;
  // A missing bound is open: the source gives none (a war still going on), whatever the precision.
  const before = (end: string | null, start: string | null) =>
    end !== null && start !== null && end < start;
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * Whether two accounts' places can be the same: one names a place the other names, or one
 * within another (a city and its country agree; two cities, or two countries, do not).
 */
export function placesAgree(a: readonly AccountPlace[], b: readonly AccountPlace[]): boolean {
  return a.some((p) =>
    b.some(
      (q) => p.entity === q.entity || p.within.includes(q.entity) || q.within.includes(p.entity),
    ),
  );
}

/**
 * Where the accounts of an event disagree: dates that cannot be the same, places neither of
 * which lies in the other, and a role for which
 * two accounts name participants with no one in common (one naming a mediator the other does
 * not, beside the same one, is more detail, not disagreement). An account silent on a point
 * takes no side on it.
 */
export function disputedPoints(accounts: readonly Account[]): DisputedPoint[] {
  const points: DisputedPoint[] = [];
  const dated = accounts.filter((a) => a.date !== null);
  const dateSides = dated.filter((a) =>
    dated.some((b) => b !== a && !datesAgree(a.date!, b.date!)),
  );
  if (dateSides.length > 0)
    points.push({ aspect: 'DATE', role: null, dossiers: dateSides.map((a) => a.dossier) });
  const placed = accounts.filter((a) => a.places.length > 0);
  const placeSides = placed.filter((a) =>
    placed.some((b) => b !== a && !placesAgree(a.places, b.places)),
  );
  if (placeSides.length > 0)
    points.push({ aspect: 'PLACE', role: null, dossiers: placeSides.map((a) => a.dossier) });
  const roles = [...new Set(accounts.flatMap((a) => a.participants.map((p) => p.role)))].sort();
  for (const role of roles) {
    const named = accounts
      .map((a) => ({
        dossier: a.dossier,
        entities: new Set(a.participants.filter((p) => p.role === role).map((p) => p.entity)),
      }))
      .filter((a) => a.entities.size > 0);
    const sides = named.filter((a) =>
      named.some((b) => b !== a && ![...a.entities].some((e) => b.entities.has(e))),
    );
    if (sides.length > 0)
      points.push({ aspect: 'PARTICIPANTS', role, dossiers: sides.map((a) => a.dossier) });
  }
  return points;
}
