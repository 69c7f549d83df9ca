import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { EntityKind } from '../types/enums';
import type { Context } from '../context';
import { compileSelection } from '../read/compiled-roots';
import { SearchHit } from '../types/search-hit.type';
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
  ): Promise<SearchHit[]> {
    return searchEntities(
      ctx,
      query,
      kinds ?? null,
      first,
      compileSelection(ctx, info, ['entity']),
    );
  }
}
