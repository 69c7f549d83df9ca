import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import { CodePointText } from '../../model/code-point-text';
import { Source } from '../types/source.type';
import { loadNode } from '../read/graph.service';
import type { NodeRecord } from '../../graph/node-record';
import { Evidence } from '../types/evidence.type';

const MAX_CONTEXT = 500;

// Splitting a source into code points costs its whole length; a request citing many spans of one
// source does it once. Keyed by the request loader's record, so it lives as long as the request.
const codePoints = new WeakMap<NodeRecord, CodePointText>();
function codePointsOf(source: NodeRecord): CodePointText {
  let text = codePoints.get(source);
  if (!text) {
    text = new CodePointText(source.props.text as string);
    codePoints.set(source, text);
  }
  return text;
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The document the quote is from.' })
  source(@Root() evidence: Evidence, @Ctx() ctx: Context) {
    return loadNode(ctx, evidence.sourceId);
  }

  @FieldResolver(() => String, {
    description: 'The quote with up to `width` characters of text either side.',
  })
  async context(
    @Root() evidence: Evidence,
    @Ctx() ctx: Context,
    @Arg('width', () => Int, {
      defaultValue: 80,
      description: 'Code points of context on each side, 0 to 500.',
    })
    width: number,
  ): Promise<string> {
    if (width < 0 || width > MAX_CONTEXT) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `"width" must be between 0 and ${MAX_CONTEXT}.`,
        { argument: 'width' },
      );
    }
    const source = await ctx.loaders.source.load(evidence.sourceId);
    if (!source) return evidence.quote;
    return codePointsOf(source).context(evidence.start, evidence.end, width);
  }
}
