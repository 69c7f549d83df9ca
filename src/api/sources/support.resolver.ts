import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Claim } from '../types/claim.type';
import { EntityInterface, Organization } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import { RelationshipBase } from '../types/relationship.types';
import { Source } from '../types/source.type';
import { Assessment, SourceReport, Support, supportOf } from '../types/support.type';
import { loadEvidence, loadNode } from '../read/graph.service';
import { toNodeModel } from '../read/hydrate';
import { MAX_LIST_SIZE } from '../types/pagination';

const SUPPORT = {
  description:
    'Who reports it: sources, independent sources and outlets, counted, and each report with its spans.',
};

@Resolver(() => RelationshipBase)
export class RelationshipSupportResolver {
  @FieldResolver(() => Support, SUPPORT)
  support(@Root() edge: RelationshipBase) {
    const carried = edge.props.evidenceIds;
    const evidenceIds =
      edge.evidenceIds.length > 0 || !Array.isArray(carried) ? edge.evidenceIds : carried;
    return supportOf(edge.props, { id: edge.id, evidenceIds });
  }
}

@Resolver(() => EventInterface)
export class EventSupportResolver {
  @FieldResolver(() => Support, SUPPORT)
  support(@Root() event: EventInterface) {
    return supportOf(event.props, { id: event.id, evidenceIds: null });
  }
}

@Resolver(() => Claim)
export class ClaimSupportResolver {
  @FieldResolver(() => Support, SUPPORT)
  support(@Root() claim: Claim) {
    return supportOf(claim.props, { id: claim.id, evidenceIds: null });
  }

  @FieldResolver(() => [Assessment], {
    description: "Analysts' grades of its credibility (1 to 6), never the source's own words.",
  })
  credibility(@Root() claim: Claim, @Ctx() ctx: Context) {
    return ctx.loaders.assessments.load(claim.id);
  }
}

@Resolver(() => Support)
export class SupportResolver {
  @FieldResolver(() => [SourceReport], {
    description: 'Each source that states it, in the order of its sources, with its spans.',
  })
  async reports(@Root() support: Support, @Ctx() ctx: Context): Promise<SourceReport[]> {
    const ids =
      support.of.evidenceIds ??
      (await ctx.loaders.evidenceIds.load({ id: support.of.id, limit: MAX_LIST_SIZE }));
    const evidence = await loadEvidence(ctx, ids, MAX_LIST_SIZE);
    const sources = await ctx.loaders.source.loadMany(support.sourceIds);
    return support.sourceIds.flatMap((id, i) => {
      const found = sources[i];
      const source = found instanceof Error ? null : toNodeModel(found);
      if (!(source instanceof Source)) return [];
      return [
        Object.assign(new SourceReport(), {
          source,
          countsAs: source.countsAs ?? id,
          evidence: evidence.filter((e) => e.sourceId === id),
        }),
      ];
    });
  }
}

@Resolver(() => Source)
export class SourceLinksResolver {
  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The outlet that published it (an Organization), when the dossier names it.',
  })
  outlet(@Root() source: Source, @Ctx() ctx: Context) {
    const id = source.props.outletId;
    return typeof id === 'string' ? loadNode(ctx, id) : null;
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: 'The source it copies (see `copyKind`); it counts once with it.',
  })
  async copyOf(@Root() source: Source, @Ctx() ctx: Context) {
    const id = source.props.copyOfId;
    if (typeof id !== 'string') return null;
    const found = toNodeModel(await ctx.loaders.source.load(id));
    return found instanceof Source ? found : null;
  }

  @FieldResolver(() => [Assessment], {
    description: "Analysts' grades of its outlet's reliability (A to F).",
  })
  reliability(@Root() source: Source, @Ctx() ctx: Context) {
    const id = source.props.outletId;
    return typeof id === 'string' ? ctx.loaders.assessments.load(id) : [];
  }
}

@Resolver(() => Organization)
export class OutletResolver {
  @FieldResolver(() => [Assessment], {
    description: "Analysts' grades of its reliability as an outlet (A to F), with who graded it.",
  })
  reliability(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.assessments.load(organization.id);
  }
}
