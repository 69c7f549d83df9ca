/**
 * The text the full-text indexes see for a node: every name and alias, one per line. Kept in one
 * place so that ingest and later refreshes index names the same way.
 */
export function buildSearchText(names: string[]): string {
  return [...new Set(names.map((name) => name.normalize('NFC').trim()).filter(Boolean))].join('\n');
}
