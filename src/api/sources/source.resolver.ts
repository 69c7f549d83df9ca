import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { found } from '../common/found';
import { assertGlobalId } from '../../model/ids';
import { LANG_ARG } from '../common/lang';
import { LocalizedText } from '../common/localized-text.type';
import type { Context } from '../context';
import { compiledNodeById } from '../selection/compiled-roots';
import { localizedValues, pickLocalized } from '../../model/localized-text';
import { listSources } from './sources.service';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => [Source], { description: 'Every ingested source document.' })
  sources(@Ctx() ctx: Context) {
    return listSources(ctx);
  }

  @Query(() => Source, { description: 'A source document by id; NOT_FOUND when there is none.' })
  async source(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const node = await compiledNodeById(ctx, assertGlobalId(id), info);
    return found(node instanceof Source ? node : null, id, 'source');
  }

  @FieldResolver(() => String, { nullable: true })
  title(@Root() source: Source, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(source.props, 'title', lang, source.language);
  }

  @FieldResolver(() => [LocalizedText])
  titles(@Root() source: Source) {
    return localizedValues(source.props, 'title');
  }

  @FieldResolver(() => String, {
    description: 'The full NFC text that evidence offsets point into.',
  })
  async text(@Root() source: Source, @Ctx() ctx: Context) {
    return ((await ctx.loaders.source.load(source.id))?.props.text as string) ?? '';
  }
}
