import type { STATEMENTS } from './phrases';
import { Random } from './random';
import type { Country, Track, Venue, World, WorldEntity } from './world';

/** A quoted statement as an article of a round gave it, for another to report again. */
export interface Quoted {
  round: number;
  claim: string;
  speaker: WorldEntity;
  side: Country;
  statement: (typeof STATEMENTS)[number];
  /** Whom or what it is about, if anyone. */
  about: WorldEntity | undefined;
  channel: string;
}

/** What one article says differently from the others about its round, as the generator planted it. */
export type Planted =
  | { aspect: 'DATE'; dossier: string; event: string; date: string }
  | { aspect: 'PLACE'; dossier: string; event: string; entity: string }
  | { aspect: 'PARTICIPANTS'; role: 'MEDIATOR'; dossier: string; event: string; entity: string }
  | { aspect: 'CHANNEL'; dossier: string; claims: [string, string]; channel: string };

/**
 * How an article is to differ: the day it gives its round, where it was held, its mediator, a
 * statement's channel.
 */
export interface Plan {
  /** Days the round is moved by (before the day the others give: no interval meets it). */
  dateShift?: number;
  /** Another venue than the round's: another town, which does not lie in the round's. */
  venue?: Venue;
  mediator?: Country;
  /** Report the round's last quoted statement again, with another channel. */
  restate?: boolean;
}

/** Each kind of disagreement, for an article that is not the first about its round. */
const SHARE = 0.05;

/**
 * Plants disagreements in a generated corpus, with their ground truth: an article that gives its
 * round another date, holds it in another town, names another mediator, or reports a statement already reported in the
 * round through another channel (declared the same statement). The first article about a round is
 * never planted, so every planted value has the round's own to differ from. What to plant is drawn from a random
 * stream of its own, so that an article with nothing planted reads as in a corpus without it.
 */
export class Disagreements {
  private readonly random: Random;
  readonly planted: Planted[] = [];
  /** Each track's last quoted statement, by track slug. */
  private readonly quoted = new Map<string, Quoted>();

  constructor(seed: number) {
    this.random = new Random(seed * 104729 + 7);
  }

  /** How the next article about `track`'s round is to differ, if at all. */
  plan(world: World, track: Track, round: number, firstOfRound: boolean): Plan {
    const date = this.random.chance(SHARE);
    const mediator = this.random.chance(SHARE);
    const restate = this.random.chance(SHARE);
    const venue = this.random.chance(SHARE);
    if (firstOfRound) return {};
    const plan: Plan = {};
    if (date) plan.dateShift = -(2 + this.random.int(5));
    const own = track.venue?.round === round ? track.venue.venue : undefined;
    if (venue && own) {
      const others = world.venues.filter((v) => v.place !== own.place);
      plan.venue = others[this.random.int(others.length)];
    }
    if (mediator && track.mediator) {
      const others = world.countries.filter(
        (c) => c !== track.a && c !== track.b && c !== track.mediator,
      );
      plan.mediator = others[this.random.int(others.length)];
    }
    if (restate && this.quoted.get(track.slug)?.round === round) plan.restate = true;
    return plan;
  }

  /** The statement `plan` chose to report again. */
  restated(track: Track): Quoted {
    return this.quoted.get(track.slug)!;
  }

  /** Keeps a quoted statement of a round, for a later article to report again. */
  quote(track: Track, quoted: Quoted): void {
    this.quoted.set(track.slug, quoted);
  }

  /** The next channel after `channel` among `channels`: always another one. */
  otherChannel<T extends { channel: string }>(channels: readonly T[], channel: string): T {
    const at = channels.findIndex((c) => c.channel === channel);
    return channels[(at + 1 + this.random.int(channels.length - 1)) % channels.length];
  }

  record(planted: Planted): void {
    this.planted.push(planted);
  }

  /** How many of each were planted. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = { DATE: 0, PLACE: 0, PARTICIPANTS: 0, CHANNEL: 0 };
    for (const p of this.planted) counts[p.aspect] += 1;
    return counts;
  }
}
