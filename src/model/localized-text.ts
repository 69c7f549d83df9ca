// Localised text is stored flat: one `<field>_<lang>` property per language, and aliases as
// `lang:value` strings (Neo4j properties cannot hold maps). These read it back.

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
