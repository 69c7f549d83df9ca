import { ObjectType } from 'type-graphql';
import { connectionOf, type ConnectionAbout } from './pagination';
import { Claim } from './claim.type';
import type { ClaimFilter } from '../../graph/queries/claims.repository';

const CLAIM_PAGE: ConnectionAbout = {
  connection: 'A page of claims.',
  nodes: 'The claims of this page, in date order.',
  edges: 'The claims of this page, in date order, each with its cursor.',
  edge: 'A claim on a page, with its place in the list.',
  node: 'The claim.',
};

@ObjectType('ClaimConnection', { description: CLAIM_PAGE.connection })
export class ClaimConnection extends connectionOf<Claim>('Claim', Claim, CLAIM_PAGE) {
  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: ClaimFilter;
}
