import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { found } from '../types/found';
import { assertGlobalId } from '../../model/ids';
import { LANG_ARG } from '../types/lang';
import { LocalizedText } from '../types/localized-text.type';
import type { Context } from '../context';
import { compiledNodeById, compileSelection, CONNECTION_NODES } from '../read/compiled-roots';
import { PageArgs, TOTAL_COUNT } from '../types/pagination';
import { SourceConnection } from '../types/source-connection.type';
import { localizedValues, pickLocalized } from '../../model/localized-text';
import { countSources, listSources } from './sources.service';
import { Source } from '../types/source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, {
    description: 'Ingested source documents, newest first, a page at a time.',
  })
  sources(@Args() args: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listSources(ctx, args, compileSelection(ctx, info, ...CONNECTION_NODES));
  }

  @Query(() => Source, { description: 'A source document by id; NOT_FOUND when there is none.' })
  async source(
    @Arg('id', () => ID, { description: 'A source id, `source:…`.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const node = await compiledNodeById(ctx, assertGlobalId(id), info);
    return found(node instanceof Source ? node : null, id, 'source');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The title in one language, with fallbacks.',
  })
  title(@Root() source: Source, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(source.props, 'title', lang, source.language);
  }

  @FieldResolver(() => [LocalizedText], { description: 'The title in every language it has.' })
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

@Resolver(() => SourceConnection)
export class SourceConnectionResolver {
  @FieldResolver(() => Int, TOTAL_COUNT)
  totalCount(@Ctx() ctx: Context) {
    return countSources(ctx);
  }
}
