import { AppError, ErrorCode } from '../../errors';
import { ENTITY_KINDS } from '../../model/vocabulary';

/** Node labels a client may filter neighbours by. */
export const FILTERABLE_LABELS = [...ENTITY_KINDS, 'Event', 'Claim'] as const;
const ALLOWED = new Set<string>(FILTERABLE_LABELS);

/** Checks a label filter against the allow-list; no list means every kind. */
export function labelFilter(kinds: readonly string[] | null | undefined): string[] | null {
  if (!kinds || kinds.length === 0) return null;
  const unknown = kinds.filter((kind) => !ALLOWED.has(kind));
  if (unknown.length > 0) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Unknown kind(s): ${unknown
        .slice(0, 5)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}. Known: ${FILTERABLE_LABELS.join(', ')}.`,
      { argument: 'kinds' },
    );
  }
  return [...new Set(kinds)];
}
