import { ObjectType } from 'type-graphql';
import { connectionOf, type ConnectionAbout } from './pagination';
import { Source } from './source.type';

const SOURCE_PAGE: ConnectionAbout = {
  connection: 'A page of source documents.',
  nodes: 'The sources of this page, newest first.',
  edges: 'The sources of this page, newest first, each with its cursor.',
  edge: 'A source on a page, with its place in the list.',
  node: 'The source document.',
};

@ObjectType('SourceConnection', { description: SOURCE_PAGE.connection })
export class SourceConnection extends connectionOf<Source>('Source', Source, SOURCE_PAGE) {}
