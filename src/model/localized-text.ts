// Localised text is stored flat: one `<field>_<lang>` property per language, and aliases as
// `lang:value` strings (Neo4j properties cannot hold maps). These read it back.

import type { Basis } from './vocabulary';

/** Text in one language. */
export interface LocalizedValue {
  lang: string;
  value: string;
}

/** Every `<field>_<lang>` property of a node or relationship, as a list. */
export function localizedValues(props: Record<string, unknown>, field: string): LocalizedValue[] {
  const prefix = `${field}_`;
  return Object.entries(props)
    .filter(([key, value]) => key.startsWith(prefix) && typeof value === 'string')
    .map(([key, value]) => ({ lang: key.slice(prefix.length), value: value as string }))
    .sort((a, b) => a.lang.localeCompare(b.lang));
}

/**
 * The text of a localized field in the language asked for, falling back to English, then to the
 * given source language, then to any language there is.
 */
export function pickLocalized(
  props: Record<string, unknown>,
  field: string,
  lang: string | undefined,
  sourceLanguage?: string,
): string | null {
  for (const candidate of [lang, 'en', sourceLanguage]) {
    const value = candidate ? props[`${field}_${candidate}`] : undefined;
    if (typeof value === 'string') return value;
  }
  return localizedValues(props, field)[0]?.value ?? null;
}

/** Aliases are stored as `lang:value` strings. */
export function aliasValues(props: Record<string, unknown>): LocalizedValue[] {
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  return aliases.map((alias) => {
    const colon = alias.indexOf(':');
    return { lang: alias.slice(0, colon), value: alias.slice(colon + 1) };
  });
}

/** On what an item rests (see BASES), as the API gives it. */
export interface BasisValue {
  kind: Basis;
  note: string | null;
  reference: string | null;
}

const STATED: BasisValue = { kind: 'STATED', note: null, reference: null };
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A relationship's basis, from its `basis`, `basisNote` and `basisReference` properties. */
export function basisOf(props: Record<string, unknown>): BasisValue {
  const kind = props.basis;
  if (kind !== 'INFERRED' && kind !== 'EXTERNAL') return STATED;
  return { kind, note: str(props.basisNote), reference: str(props.basisReference) };
}

// An alias that is not STATED has an entry in `aliasBases`: its `lang:value`, its basis and the
// note or reference, joined by a separator no dossier text holds (the validator refuses control
// characters). Cypher splits it on ingest, to replace the entries of the aliases a source names.
export const ALIAS_BASIS_SEPARATOR = '\u001f';

/** The `aliasBases` entry of an alias, or null for a STATED one (which needs none). */
export function aliasBasisEntry(alias: string, basis: BasisValue): string | null {
  if (basis.kind === 'STATED') return null;
  return [alias, basis.kind, basis.note ?? '', basis.reference ?? ''].join(ALIAS_BASIS_SEPARATOR);
}

/** Aliases with their basis: STATED unless `aliasBases` says otherwise. */
export function aliasesWithBasis(
  props: Record<string, unknown>,
): Array<LocalizedValue & { basis: BasisValue }> {
  const bases = new Map<string, BasisValue>();
  for (const entry of Array.isArray(props.aliasBases) ? (props.aliasBases as string[]) : []) {
    const [alias, kind, note, reference] = entry.split(ALIAS_BASIS_SEPARATOR);
    bases.set(
      alias,
      basisOf({ basis: kind, basisNote: note || null, basisReference: reference || null }),
    );
  }
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  return aliasValues(props).map((value, i) => ({
    ...value,
    basis: bases.get(aliases[i]) ?? STATED,
  }));
}
