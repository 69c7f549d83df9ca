import { ObjectType } from 'type-graphql';
import { connectionOf } from './pagination';
import { Claim } from './claim.type';
import type { ClaimFilter } from '../../graph/queries/claims.repository';

@ObjectType('ClaimConnection')
export class ClaimConnection extends connectionOf<Claim>('Claim', Claim) {
  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: ClaimFilter;
}
