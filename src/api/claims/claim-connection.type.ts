import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import { Claim } from './claim.type';
import type { ClaimFilter } from './claims.repository';

@ObjectType('ClaimConnection')
export class ClaimConnection {
  @Field(() => [Claim])
  nodes!: Claim[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  filter!: ClaimFilter;
}
