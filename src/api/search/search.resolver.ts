import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { EntityKind } from '../types/enums';
import type { Context } from '../context';
import { compileSelection } from '../read/compiled-roots';
import { SearchHit } from '../types/search-hit.type';
import { sourceMinimum } from '../types/support-args';
import { MAX_HITS, MAX_QUERY_LENGTH, searchEntities } from './search.service';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Entities by any name or alias in any script, ranked. Tolerates Arabic diacritics, tatweel and letter forms, Latin accents, and spellings the sources never used (matched by transliteration key). An empty query finds nothing.',
  })
  search(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('query', () => String, { description: `At most ${MAX_QUERY_LENGTH} characters.` })
    query: string,
    @Arg('kinds', () => [EntityKind], {
      nullable: true,
      description: 'Only entities of these kinds.',
    })
    kinds?: string[],
    @Arg('first', () => Int, { defaultValue: 10, description: `1 to ${MAX_HITS}.` })
    first: number = 10,
    @Arg('minSources', () => Int, {
      nullable: true,
      description:
        'Only entities that at least this many sources state something of: name them in their own spans, or state a relationship, participation or claim of theirs.',
    })
    minSources?: number,
    @Arg('minIndependentSources', () => Int, {
      nullable: true,
      description:
        'Only entities that at least this many independent sources state something of (see `minSources`): reprints, translations and wire copies count with their original, an outlet once, and dependent outlets as one.',
    })
    minIndependentSources?: number,
  ): Promise<SearchHit[]> {
    return searchEntities(
      ctx,
      query,
      kinds ?? null,
      first,
      compileSelection(ctx, info, ['entity']),
      sourceMinimum({ minSources, minIndependentSources }),
    );
  }
}
