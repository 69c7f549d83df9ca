import { normalizeName } from './name-normalize';
import { transliterationKeys } from './transliteration-key';

/** What the full-text index holds for a node: its names as written and folded, and their keys. */
export interface SearchFields {
  /** Every name and alias as written, and its normalised form; one per line. */
  searchText: string;
  /** The transliteration keys of every word of every name, space separated. */
  searchKeys: string;
}

/** Builds the indexed fields from a node's names and aliases; ingest and search share this. */
export function buildSearchFields(names: string[]): SearchFields {
  const written = names.map((name) => name.normalize('NFC').trim()).filter(Boolean);
  const text = new Set([...written, ...written.map(normalizeName)]);
  const keys = new Set(written.flatMap(transliterationKeys));
  return { searchText: [...text].join('\n'), searchKeys: [...keys].join(' ') };
}
