import { Field, Int, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.type';
import { connectionOf, TOTAL_COUNT, type ConnectionAbout } from './pagination';

const EVIDENCE_PAGE: ConnectionAbout = {
  connection: 'A page of evidence spans.',
  nodes: 'The spans of this page, in the order their sources were added.',
  edges: 'The spans of this page, each with its cursor.',
  edge: 'A span on a page, with its place in the list.',
  node: 'The evidence span.',
};

@ObjectType('EvidenceConnection', { description: EVIDENCE_PAGE.connection })
export class EvidenceConnection extends connectionOf<Evidence>(
  'Evidence',
  Evidence,
  EVIDENCE_PAGE,
) {
  @Field(() => Int, TOTAL_COUNT)
  totalCount!: number;
}
