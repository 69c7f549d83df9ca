import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { describeSchema } from './schema-descriptions';
import { fieldTable } from './read/field-table';
import { answerCompiledFields } from './read/compiled-answer';
import { resolveFieldsSynchronously, resolveTypesSynchronously } from './synchronous-fields';
import { ClaimConnectionResolver, ClaimResolver } from './claims/claim.resolver';
import { NodeResolver } from './nodes/node.resolver';
import {
  HistoryResolver,
  NodeHistoryResolver,
  RelationshipHistoryResolver,
} from './history/history.resolver';
import { KnownGraphResolver, KnownItemResolver } from './history/known.resolver';
import { CountryResolver, IssueResolver, OrganizationResolver } from './entities/actor.resolvers';
import { DelegationResolver } from './entities/delegation.resolver';
import { EntityConnectionResolver, EntityResolver } from './entities/entity.resolver';
import { ENTITY_CLASSES } from './types/entity.types';
import { PersonResolver } from './entities/person.resolver';
import {
  EventConnectionResolver,
  RoundConnectionResolver,
  EventResolver,
  NegotiationRoundResolver,
} from './events/event.resolver';
import { EVENT_CLASSES } from './types/event.types';
import { EvidenceResolver } from './evidence/evidence.resolver';
import * as relationships from './types/relationship.types';
import {
  LeadershipResolver,
  MembershipResolver,
  ParticipationResolver,
  PositionResolver,
  RelationResolver,
  RelationshipResolver,
  RepresentationResolver,
  RoleResolver,
} from './relations/relationship.resolver';
import {
  EntityRelationsPageResolver,
  EventRelationsPageResolver,
} from './relations/relation-connection.resolver';
import { WALK_CONNECTION_RESOLVERS } from './read/walk-connections';
import { EntityEvidencePageResolver, EventEvidencePageResolver } from './read/evidence-connection';
import { SearchResolver } from './search/search.resolver';
import {
  ExplorationResolver,
  GraphEdgeResolver,
  GraphNodeResolver,
} from './exploration/exploration.resolver';
import { OfficeHoldersResolver } from './entities/office-holders.resolver';
import { SourceConnectionResolver, SourceResolver } from './sources/source.resolver';
import {
  AccountParticipantResolver,
  AccountPlaceResolver,
  DisputesResolver,
  EventAccountResolver,
  PositionAccountResolver,
  ClaimDisputedResolver,
  EventAccountsResolver,
} from './events/accounts.resolver';
import {
  ClaimSupportResolver,
  EventSupportResolver,
  OutletResolver,
  RelationshipSupportResolver,
  SourceLinksResolver,
  SupportResolver,
} from './sources/support.resolver';

export const RESOLVERS = [
  NodeResolver,
  HistoryResolver,
  NodeHistoryResolver,
  RelationshipHistoryResolver,
  KnownGraphResolver,
  KnownItemResolver,
  EntityResolver,
  EntityConnectionResolver,
  PersonResolver,
  DelegationResolver,
  CountryResolver,
  OrganizationResolver,
  IssueResolver,
  EventResolver,
  EventConnectionResolver,
  RoundConnectionResolver,
  NegotiationRoundResolver,
  ClaimResolver,
  ClaimConnectionResolver,
  EvidenceResolver,
  SourceResolver,
  SourceConnectionResolver,
  SourceLinksResolver,
  SupportResolver,
  RelationshipSupportResolver,
  EventSupportResolver,
  ClaimSupportResolver,
  OutletResolver,
  EventAccountsResolver,
  EventAccountResolver,
  PositionAccountResolver,
  ClaimDisputedResolver,
  AccountParticipantResolver,
  AccountPlaceResolver,
  DisputesResolver,
  SearchResolver,
  ExplorationResolver,
  GraphEdgeResolver,
  GraphNodeResolver,
  OfficeHoldersResolver,
  RelationshipResolver,
  RoleResolver,
  LeadershipResolver,
  MembershipResolver,
  ParticipationResolver,
  PositionResolver,
  RepresentationResolver,
  RelationResolver,
  EntityRelationsPageResolver,
  EventRelationsPageResolver,
  ...WALK_CONNECTION_RESOLVERS,
  EntityEvidencePageResolver,
  EventEvidencePageResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The one GraphQL schema, shared by the server, the tests and the schema file check. Built once
 * per process: TypeGraphQL's metadata is global, and building is the slow part of start-up.
 */
export function buildParleySchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [...RESOLVERS],
    // Types reached only through an interface are listed so that they are in the schema.
    orphanedTypes: [
      ...Object.values(ENTITY_CLASSES),
      ...Object.values(EVENT_CLASSES),
      ...Object.values(relationships).filter((value) => typeof value === 'function'),
    ],
    validate: false,
  })
    .then(describeSchema)
    // Every field says how it is read, or the schema is not built (see FIELD_TABLE).
    .then((built) => {
      fieldTable(built);
      return built;
    })
    .then(resolveFieldsSynchronously)
    .then(resolveTypesSynchronously)
    .then(answerCompiledFields);
  return schema;
}
