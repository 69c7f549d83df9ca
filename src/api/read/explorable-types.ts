import { AppError, ErrorCode } from '../../errors';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../../model/vocabulary';

const ALLOWED = new Set<string>(MEANINGFUL_RELATIONSHIP_TYPES);

/**
 * Relationship types a client may name, checked against the allow-list; evidence links are not
 * among them. No list means every meaningful type. They come back once each, in the vocabulary's
 * order, so that a statement that writes them into its pattern has one text per set of types,
 * whatever order they were asked in.
 */
export function explorableTypes(types?: readonly string[] | null): readonly string[] {
  if (!types || types.length === 0) return MEANINGFUL_RELATIONSHIP_TYPES;
  const unknown = types.filter((type) => !ALLOWED.has(type));
  if (unknown.length > 0) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Unknown relationship type(s): ${unknown
        .slice(0, 5)
        .map((t) => JSON.stringify(t.slice(0, 40)))
        .join(', ')}. ` + `Known: ${MEANINGFUL_RELATIONSHIP_TYPES.join(', ')}.`,
      { argument: 'types' },
    );
  }
  const wanted = new Set(types);
  return MEANINGFUL_RELATIONSHIP_TYPES.filter((type) => wanted.has(type));
}
