import { boundedInt, boundedText } from '../common/arguments';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import type { EntityInterface } from '../entities/entity.types';
import { toNodeModel } from '../graph/models';
import { luceneQuery } from './lucene-query';
import { bestNameMatch } from './name-match';
import { nameTokens } from './name-normalize';
import type { SearchHit } from './search-hit.type';
import { SearchRepository } from './search.repository';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;
export const MAX_HITS = 50;
// The index ranks by its own score; more candidates than asked for are re-ranked here.
const CANDIDATES_PER_HIT = 4;

/**
 * Finds entities by any of their names or aliases in any script. Candidates come from the
 * full-text index; each is then ranked by how the query matches its best name.
 */
export async function searchEntities(
  ctx: Context,
  query: string,
  kinds: string[] | null,
  first: number,
): Promise<SearchHit[]> {
  boundedText(query, 'query', MAX_QUERY_LENGTH);
  boundedInt(first, 'first', 1, MAX_HITS);
  if (nameTokens(query).length > MAX_QUERY_WORDS) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"query" has more than ${MAX_QUERY_WORDS} words.`,
      {
        argument: 'query',
      },
    );
  }
  const lucene = luceneQuery(query);
  if (!lucene) return [];
  const candidates = await new SearchRepository(ctx.executor).candidates(
    lucene,
    kinds && kinds.length > 0 ? kinds : null,
    first * CANDIDATES_PER_HIT,
  );
  return candidates
    .map((candidate) => {
      ctx.loaders.node.prime(candidate.id, candidate);
      const match = bestNameMatch(query, candidate.props);
      return { candidate, match };
    })
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        b.candidate.score - a.candidate.score ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, first)
    .map(({ candidate, match }) => ({
      entity: toNodeModel(candidate) as EntityInterface,
      score: Math.round(match.score * 1000) / 1000,
      matchedName: match.name,
      matchedBy: match.kind,
    }));
}
