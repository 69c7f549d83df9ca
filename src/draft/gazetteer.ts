import { nameTokens } from '../search-text/name-normalize';
import { arabicWordForms, matchKey } from './word-forms';

/** An entity as the gazetteer knows it: its id, kind and every name and alias it has. */
export interface GazetteerEntity {
  id: string;
  kind: string;
  names: Record<string, string>;
  aliases: Array<{ lang: string; value: string }>;
}

/** One name of one entity, as the words it is compared on. */
export interface GazetteerName {
  entity: GazetteerEntity;
  /** The name as written, and its language. */
  value: string;
  lang: string;
  alias: boolean;
  /** A one-word name of three letters or fewer ("US"): taken only where written in capitals. */
  short: boolean;
}

/** A name found at some word of a text. */
export interface NameHit {
  /** The index of its first word and the number of words it takes. */
  first: number;
  length: number;
  names: GazetteerName[];
  /** Letters of the first word that are attached prefixes, not part of the name (و in وروسيا). */
  prefix: number;
}

// Short Latin or Cyrillic names ("US", "GU") are taken only where written in capitals, so that
// a word of the language ("us") is not read as one.
const SHORT = 3;

/**
 * Every name and alias of the graph's entities, keyed by the keys of their words joined with
 * spaces, with every shorter run of a name's first words kept as a prefix: a text is matched in
 * one pass, each word looked up once per name length, whatever the graph's size. Flat maps keep
 * the index small (a map per word of a trie took several times the memory). Built once and kept:
 * a draft only reads it.
 */
export class Gazetteer {
  private readonly full = new Map<string, GazetteerName[]>();
  private readonly prefixes = new Set<string>();
  private readonly entities = new Map<string, GazetteerEntity>();

  constructor(entities: Iterable<GazetteerEntity>) {
    for (const entity of entities) this.add(entity);
  }

  get size(): number {
    return this.entities.size;
  }

  entity(id: string): GazetteerEntity | undefined {
    return this.entities.get(id);
  }

  add(entity: GazetteerEntity): void {
    this.entities.set(entity.id, entity);
    const written = [
      ...Object.entries(entity.names).map(([lang, value]) => ({ lang, value, alias: false })),
      ...entity.aliases.map((a) => ({ ...a, alias: true })),
    ];
    const seen = new Set<string>();
    for (const { lang, value, alias } of written) {
      const keys = nameTokens(value).map(matchKey);
      const joined = keys.join(' ');
      if (keys.length === 0 || seen.has(joined)) continue;
      seen.add(joined);
      for (let n = 1; n < keys.length; n += 1) this.prefixes.add(keys.slice(0, n).join(' '));
      const short = keys.length === 1 && keys[0].length <= SHORT;
      const list = this.full.get(joined);
      const name = { entity, value, lang, alias, short };
      if (list) list.push(name);
      else this.full.set(joined, [name]);
    }
  }

  /**
   * The longest names that start at word `first` of a text (given as normalised words and what
   * they were written as) and end by word `end`, with every entity that has one; null if none.
   */
  longestAt(
    words: ReadonlyArray<{ norm: string; raw: string }>,
    first: number,
    end = words.length,
  ): NameHit | null {
    let best: NameHit | null = null;
    for (const { form, prefix } of arabicWordForms(words[first].norm)) {
      let key = matchKey(form);
      for (let i = first; i < end;) {
        const length = i - first + 1;
        const names = (this.full.get(key) ?? []).filter((name) =>
          writtenLikeIt(words[first].raw, name),
        );
        if (names.length > 0) {
          if (!best || length > best.length) best = { first, length, names, prefix };
          else if (length === best.length)
            best.names.push(...names.filter((n) => !best!.names.includes(n)));
        }
        if (!this.prefixes.has(key)) break;
        i += 1;
        if (i < end) key = `${key} ${matchKey(words[i].norm)}`;
      }
    }
    return best;
  }
}

function writtenLikeIt(raw: string, name: GazetteerName): boolean {
  if (!name.short) return true;
  if (/\p{Script=Arabic}/u.test(raw)) return true;
  return raw === raw.toUpperCase();
}
