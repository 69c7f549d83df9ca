import { Field, Int, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type';
import { connectionOf, TOTAL_COUNT } from './pagination';

@ObjectType('EvidenceConnection')
export class EvidenceConnection extends connectionOf<Evidence>('Evidence', Evidence) {
  @Field(() => Int, TOTAL_COUNT)
  totalCount!: number;
}
