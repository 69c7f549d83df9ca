import { Field, ID, InterfaceType } from 'type-graphql';

/** Anything with a global id, fetchable with `node(id:)`. */
@InterfaceType('Node', {
  description:
    'Anything with a global id. The id prefix names the kind: `person:…`, `event:…`, `claim:…`.',
  resolveType: (value: NodeInterface) => value.typename,
})
export abstract class NodeInterface {
  @Field(() => ID, {
    description: 'The global id; its prefix names the kind (`person:`, `event:`, `claim:`, …).',
  })
  id!: string;

  /** The GraphQL type this object is; set by the model mapper. */
  typename!: string;

  /** The node's stored properties, for field resolvers. */
  props!: Record<string, unknown>;
}
