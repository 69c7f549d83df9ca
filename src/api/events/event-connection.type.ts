import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import { EventInterface } from './event.types';
import type { EventFilter } from './events.repository';

@ObjectType('EventConnection')
export class EventConnection {
  @Field(() => [EventInterface])
  nodes!: EventInterface[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  filter!: EventFilter;
}
