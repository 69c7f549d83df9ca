/**
 * An event as each dossier gives it: the account's date, and who took part in which role. A
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
  /** The spans the account rests on: the event's and its participations'. */
  evidence: string[];
}

/** What accounts disagree on: the date, or who took part in a role. */
export interface DisputedPoint {
  aspect: 'DATE' | 'PARTICIPANTS';
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
    .map(({ dossier, event, participants }) => {
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
        evidence: [
          ...new Set([...(event?.evidence ?? []), ...participants.flatMap((p) => p.evidence)]),
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
 * Where the accounts of an event disagree: dates that cannot be the same, and a role for which
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
