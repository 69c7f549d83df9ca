import { boundedInt, boundedText } from '../types/arguments';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import type { EntityInterface } from '../types/entity.types';
import type { NodePlan } from '../../graph/projection-plan';
import { hydrateNode } from '../read/hydrate';
import { compiledNodesByIds, widenedPlan } from '../read/compiled-roots';
import type { CompiledNode } from '../read/compiled-plan';
import { luceneQuery } from '../../search-text/lucene-query';
import { bestNameMatch, prepareQuery } from '../../search-text/name-match';
import { nameTokens } from '../../search-text/name-normalize';
import type { SearchHit } from '../types/search-hit.type';
import { SearchRepository } from '../../graph/queries/search.repository';
import type { SourceMinimum } from '../../model/walks';

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
  selection: CompiledNode,
  minimum?: SourceMinimum,
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
  // A selection of plain properties is read with the candidates; one that walks further is read
  // for the hits alone, in a second statement, rather than for every candidate.
  const light = selection.plan.fields.length === 0;
  const candidates = await new SearchRepository(ctx.executor).candidates(
    lucene,
    kinds && kinds.length > 0 ? kinds : null,
    first * CANDIDATES_PER_HIT,
    withNames(light ? selection.plan : ID_ONLY),
    minimum,
  );
  const prepared = prepareQuery(query);
  const hits = candidates
    .map((candidate) => ({ candidate, match: bestNameMatch(prepared, candidate.props) }))
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        b.candidate.score - a.candidate.score ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, first);
  const entities = light
    ? hits.map(({ candidate }) => hydrateNode(candidate, selection))
    : await compiledNodesByIds(
        ctx,
        hits.map(({ candidate }) => candidate.id),
        selection,
      );
  const byId = new Map(entities.map((entity) => [entity?.id, entity]));
  return hits.map(({ candidate, match }) => ({
    entity: byId.get(candidate.id) as EntityInterface,
    score: Math.round(match.score * 1000) / 1000,
    matchedName: match.name,
    matchedBy: match.kind,
  }));
}

const ID_ONLY: NodePlan = { keys: [], prefixes: [], fields: [] };

/** Ranking reads every name and alias of a candidate, whatever the selection asks for. */
const withNames = (plan: NodePlan) => widenedPlan(plan, ['kind', 'aliases'], ['name_']);
