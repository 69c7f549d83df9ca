import { GENERAL_ISSUES, ORGANISATIONS, PLACE_ISSUES, fill } from './phrases';
import { LANGS, Lang, Localized, slug, stem, transliterate } from './names';
import { Random, Zipf } from './random';

/** An entity as the generator knows it; written into every dossier that mentions it. */
export interface WorldEntity {
  id: string;
  kind: 'Person' | 'Country' | 'Organization' | 'Place' | 'Delegation' | 'Issue';
  names: Localized;
  aliases: Array<{ lang: Lang; value: string }>;
}

export interface Country extends WorldEntity {
  orgs: Map<string, WorldEntity>;
  head?: WorldEntity;
  spokesperson?: WorldEntity;
  places: WorldEntity[];
}

/** A negotiation between two sides, maybe mediated, that runs over many rounds. */
export interface Track {
  slug: string;
  a: Country;
  b: Country;
  mediator?: Country;
  /** Articles written about it so far; every few articles it moves to its next round. */
  articles: number;
  startDay: number;
  chief: Map<string, { person: WorldEntity; org: string }>;
  /** Where its current round is held: the first article about a round says, the others follow. */
  venue?: { round: number; venue: Venue };
}

/** A place talks are held in, and the country it lies in. */
export interface Venue {
  place: WorldEntity;
  country: Country;
}

const localize = (template: Localized, values: Record<string, Localized>): Localized =>
  Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      fill(
        template[lang],
        Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[lang]])),
      ),
    ]),
  ) as Localized;

const capitalFirst = (names: Localized): Localized =>
  Object.fromEntries(
    LANGS.map((l) => [
      l,
      names[l].replace(/^(the|an|a) /, '').replace(/^./, (c) => c.toUpperCase()),
    ]),
  ) as Localized;

/**
 * The actors of a generated corpus. Pools grow as articles need them; who appears is drawn from
 * power laws, so a few countries and their leaders are in most sources and a long tail in one.
 */
export class World {
  readonly countries: Country[] = [];
  readonly tracks: Track[] = [];
  readonly venues: Venue[] = [];
  readonly generalIssues: WorldEntity[];
  private readonly ids = new Set<string>();
  private readonly countryZipf = new Zipf(1.1);
  private readonly trackZipf = new Zipf(0.9);
  private readonly venueZipf = new Zipf(1.0);
  private readonly placeZipf = new Zipf(1.0);

  constructor(
    private readonly random: Random,
    expectedArticles: number,
  ) {
    const countries = Math.min(300, 8 + Math.round(Math.sqrt(expectedArticles)));
    for (let i = 0; i < countries; i += 1) this.countries.push(this.newCountry());
    const tracks = Math.max(2, Math.ceil(expectedArticles / 40));
    for (let i = 0; i < tracks; i += 1) this.tracks.push(this.newTrack(i));
    const venues = Math.max(3, Math.round(countries / 3));
    for (let i = 0; i < venues; i += 1) {
      const country = this.country();
      this.venues.push({ place: this.newPlace(country), country });
    }
    this.generalIssues = GENERAL_ISSUES.map((names) =>
      this.entity('Issue', 'issue', capitalFirst(names), []),
    );
  }

  country(): Country {
    return this.countries[this.countryZipf.draw(this.random, this.countries.length)];
  }

  track(): Track {
    return this.tracks[this.trackZipf.draw(this.random, this.tracks.length)];
  }

  venue(): Venue {
    return this.venues[this.venueZipf.draw(this.random, this.venues.length)];
  }

  /** A place in a country: often a new one (the long tail), else one already in the news. */
  placeIn(country: Country): WorldEntity {
    if (country.places.length === 0 || this.random.chance(0.5)) return this.newPlace(country);
    return country.places[this.placeZipf.draw(this.random, country.places.length)];
  }

  org(country: Country, key: string): WorldEntity {
    let org = country.orgs.get(key);
    if (!org) {
      const kind = ORGANISATIONS.find((o) => o.key === key)!;
      const names = capitalFirst(localize(kind.name, { c: country.names }));
      org = this.entity('Organization', 'organization', names, []);
      country.orgs.set(key, org);
    }
    return org;
  }

  head(country: Country): WorldEntity {
    country.head ??= this.newPerson();
    return country.head;
  }

  spokesperson(country: Country): WorldEntity {
    country.spokesperson ??= this.newPerson();
    return country.spokesperson;
  }

  /** The person who leads a side in a track; now and then replaced. */
  chief(track: Track, country: Country): { person: WorldEntity; org: string } {
    let chief = track.chief.get(country.id);
    if (!chief || this.random.chance(0.05)) {
      chief = {
        person: this.newPerson(),
        org: this.random.pick(['security-council', 'foreign-ministry', 'general-staff']),
      };
      track.chief.set(country.id, chief);
    }
    return chief;
  }

  issueOf(place: WorldEntity): WorldEntity {
    const names = capitalFirst(localize(this.random.pick(PLACE_ISSUES), { p: place.names }));
    const id = `issue:${slug(names.en)}`;
    if (this.ids.has(id)) return { id, kind: 'Issue', names, aliases: [] };
    return this.entity('Issue', 'issue', names, []);
  }

  newPerson(): WorldEntity {
    const given = stem(this.random, 2);
    const family = stem(this.random, 2) + this.random.pick(['v', 'nko', 'n', 'r', 's', 'k', 'd']);
    const { names, variants } = transliterate([given, family]);
    const short = transliterate([family]).names;
    return this.entity('Person', 'person', names, [...variants, { lang: 'ar', value: short.ar }]);
  }

  private newCountry(): Country {
    const { names, variants } = transliterate([stem(this.random, 2 + this.random.int(2)) + 'ria']);
    return {
      ...this.entity('Country', 'country', names, variants),
      orgs: new Map(),
      places: [],
    };
  }

  private newPlace(country: Country): WorldEntity {
    const word =
      stem(this.random, 2 + this.random.int(2)) + this.random.pick(['', 'grad', 'pol', 'k', 'n']);
    const { names, variants } = transliterate([word]);
    const place = this.entity('Place', 'place', names, variants);
    country.places.push(place);
    return place;
  }

  private newTrack(index: number): Track {
    const a = this.country();
    let b = this.country();
    while (b === a) b = this.countries[this.random.int(this.countries.length)];
    let mediator: Country | undefined;
    if (this.random.chance(0.7)) {
      mediator = this.country();
      while (mediator === a || mediator === b)
        mediator = this.countries[this.random.int(this.countries.length)];
    }
    return {
      slug: `talks-${index + 1}`,
      a,
      b,
      mediator,
      articles: 0,
      startDay: this.random.int(1500),
      chief: new Map(),
    };
  }

  /** Registers a new entity with an id that no other entity has. */
  private entity(
    kind: WorldEntity['kind'],
    prefix: string,
    names: Localized,
    aliases: WorldEntity['aliases'],
  ): WorldEntity {
    const base = `${prefix}:${slug(names.en)}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    this.ids.add(id);
    return { id, kind, names, aliases };
  }
}
