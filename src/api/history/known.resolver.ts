import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import { isCalendarDate } from '../../ingest/date-check';
import { assertGlobalId } from '../../model/ids';
import { displayLabel } from '../../graph/display-label';
import { KnownRepository, type KnownRecord } from '../../graph/queries/known.repository';
import {
  KnownEvidence,
  KnownGraph,
  KnownItem,
  KnownNode,
  KnownRelationship,
} from '../types/known.types';
import { DEFAULT_LIST_SIZE, listLimit, MAX_LIST_SIZE } from '../types/pagination';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant an `at` argument names, as ISO 8601 in UTC: a date-time with its zone, or a
 * calendar day, which means the end of that day in UTC (what was known on it). BAD_USER_INPUT
 * names the argument otherwise.
 */
export function instantArg(value: string): string {
  if (DAY.test(value) && isCalendarDate(value)) return `${value}T23:59:59.999Z`;
  const instant = INSTANT.exec(value);
  if (instant && isCalendarDate(instant[1])) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    '"at" must be an ISO 8601 instant with its zone (2026-02-04T12:00:00Z) or a calendar day ' +
      '(2026-02-04, meaning its end in UTC).',
    { argument: 'at' },
  );
}

const FIRST = (what: string) => ({
  defaultValue: DEFAULT_LIST_SIZE,
  description: `The first n ${what}: 1 to ${MAX_LIST_SIZE}.`,
});

const itemOf = (record: KnownRecord, at: string) => ({
  id: record.id,
  properties: JSON.stringify(record.props),
  statedBy: record.statedBy,
  retractedNow: record.retractedNow,
  evidenceIds: record.evidence,
  at,
});

function knownNode(record: KnownRecord, at: string): KnownNode {
  return Object.assign(new KnownNode(), {
    ...itemOf(record, at),
    labels: record.labels,
    label: displayLabel({ id: record.id, labels: record.labels, props: record.props }),
    aliases: record.aliases,
  });
}

function knownRelationship(record: KnownRecord, at: string): KnownRelationship {
  return Object.assign(new KnownRelationship(), {
    ...itemOf(record, at),
    type: record.type!,
    from: record.from!,
    to: record.to!,
  });
}

/** An item's evidence spans as known at its instant, the first `first` of them. */
async function evidenceOf(item: KnownItem, ctx: Context, first: number | undefined) {
  const ids = item.evidenceIds.slice(0, listLimit(first));
  const spans = await ctx.loaders.known.loadMany(ids.map((id) => ({ id, at: item.at })));
  return spans.flatMap((span) => {
    if (!span || span instanceof Error) return [];
    const { source, quote, start, end } = span.props;
    return [
      Object.assign(new KnownEvidence(), {
        id: span.id,
        source: String(source),
        quote: String(quote),
        start: Number(start),
        end: Number(end),
      }),
    ];
  });
}

@Resolver(() => KnownGraph)
export class KnownGraphResolver {
  @Query(() => KnownGraph, {
    description:
      'The graph as it was known at an instant: each node and relationship as the dossier versions current then stated it, retracted ones included where they were current then. The record of versions begins with the first versioned ingest of each dossier.',
  })
  asKnownOn(
    @Arg('at', {
      description:
        'An ISO 8601 instant with its zone (2026-02-04T12:00:00Z), or a calendar day (2026-02-04), which means the end of that day in UTC.',
    })
    at: string,
  ): KnownGraph {
    return Object.assign(new KnownGraph(), { at: instantArg(at) });
  }

  @FieldResolver(() => KnownNode, {
    nullable: true,
    description: 'A node by id, as known then; null if no statement of it was current then.',
  })
  async node(
    @Root() graph: KnownGraph,
    @Arg('id', () => ID, { description: 'A node id, current or retracted now.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<KnownNode | null> {
    const record = await ctx.loaders.known.load({ id: assertGlobalId(id), at: graph.at });
    return record && knownNode(record, graph.at);
  }

  @FieldResolver(() => [KnownRelationship], {
    description:
      'The relationships of a node known then, in id order: every one of its relationships, current now or retracted, is looked at, so a hub answers more slowly than current reads do.',
  })
  async relationships(
    @Root() graph: KnownGraph,
    @Arg('of', () => ID, { description: 'The node whose relationships to read.' }) of: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, FIRST('relationships, in id order')) first?: number,
    @Arg('after', () => ID, {
      nullable: true,
      description: 'Only relationships whose id comes after this one (the last id of a page).',
    })
    after?: string | null,
  ): Promise<KnownRelationship[]> {
    const records = await new KnownRepository(ctx.executor).relationshipsOf(
      assertGlobalId(of, 'of'),
      graph.at,
      listLimit(first),
      after ?? null,
    );
    return records.map((record) => knownRelationship(record, graph.at));
  }
}

@Resolver(() => KnownItem)
export class KnownItemResolver {
  @FieldResolver(() => [KnownEvidence], {
    description: 'Its evidence spans as known then, in the order its statements gave them.',
  })
  evidence(
    @Root() item: KnownItem,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, FIRST('spans')) first?: number,
  ) {
    return evidenceOf(item, ctx, first);
  }
}
