import { ObjectType } from 'type-graphql';
import { connectionOf } from './pagination';
import { Source } from './source.type';

@ObjectType('SourceConnection')
export class SourceConnection extends connectionOf<Source>('Source', Source) {}
