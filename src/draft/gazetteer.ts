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
  keys: string[];
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
 * Every name and alias of the graph's entities, indexed by the key of their first word, so a
 * text is matched in one pass whatever the graph's size. Built once and kept: a draft only reads
 * it.
 */
export class Gazetteer {
  private readonly byFirst = new Map<string, GazetteerName[]>();
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
      const name: GazetteerName = { entity, value, lang, alias, keys };
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push(name);
      this.byFirst.set(keys[0], list);
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
      for (const name of this.byFirst.get(matchKey(form)) ?? []) {
        const length = name.keys.length;
        if (first + length > end) continue;
        if (!name.keys.every((k, i) => i === 0 || matchKey(words[first + i].norm) === k)) continue;
        if (!writtenLikeIt(words[first].raw, name)) continue;
        if (!best || length > best.length) best = { first, length, names: [name], prefix };
        else if (length === best.length && !best.names.includes(name)) best.names.push(name);
      }
    }
    return best;
  }
}

function writtenLikeIt(raw: string, name: GazetteerName): boolean {
  if (name.keys.length > 1 || name.keys[0].length > SHORT) return true;
  if (/\p{Script=Arabic}/u.test(raw)) return true;
  return raw === raw.toUpperCase();
}
