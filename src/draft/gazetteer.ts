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

/** A node of the name trie: the names that end here, and the words that go on. */
interface TrieNode {
  names: GazetteerName[];
  next: Map<string, TrieNode>;
}
const trieNode = (): TrieNode => ({ names: [], next: new Map() });

/**
 * Every name and alias of the graph's entities in a trie of their words' keys, so that a text is
 * matched in one pass, each word looked up once per name length, whatever the graph's size.
 * Built once and kept: a draft only reads it.
 */
export class Gazetteer {
  private readonly root = trieNode();
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
      let node = this.root;
      for (const key of keys) {
        let next = node.next.get(key);
        if (!next) {
          next = trieNode();
          node.next.set(key, next);
        }
        node = next;
      }
      node.names.push({ entity, value, lang, alias, keys });
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
      let node = this.root.next.get(matchKey(form));
      for (let i = first; node && i < end;) {
        const length = i - first + 1;
        const names = node.names.filter((name) => writtenLikeIt(words[first].raw, name));
        if (names.length > 0) {
          if (!best || length > best.length) best = { first, length, names, prefix };
          else if (length === best.length)
            best.names.push(...names.filter((n) => !best!.names.includes(n)));
        }
        i += 1;
        node = i < end ? node.next.get(matchKey(words[i].norm)) : undefined;
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
