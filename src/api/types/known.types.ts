import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

/**
 * The graph as it was known at one instant: what the dossier versions current then stated,
 * retracted items included where they were current then, later additions left out.
 */
@ObjectType('KnownGraph', {
  description:
    'The graph as it was known at one instant, rebuilt from the record of who stated what and when: the statements of dossier versions current then, retracted items included where they were current then, items added later left out. Current reads (every other root field) answer what is known now.',
})
export class KnownGraph {
  @Field({ description: 'The instant, as ISO 8601 in UTC.' })
  at!: string;
}

@ObjectType('KnownEvidence', {
  description: 'An evidence span as it was known at the instant: its source and verbatim quote.',
})
export class KnownEvidence {
  @Field(() => ID, { description: 'The span id.' })
  id!: string;

  @Field(() => ID, { description: 'The source document.' })
  source!: string;

  @Field({ description: 'The verbatim quote.' })
  quote!: string;

  @Field(() => Int, { description: 'Code-point offset where the quote starts in the source.' })
  start!: number;

  @Field(() => Int, { description: 'Code-point offset where it ends (exclusive).' })
  end!: number;
}

/** What a known node and a known relationship share. */
@InterfaceType('KnownItem', {
  description: 'A node or relationship as it was known at the instant.',
  resolveType: (value: KnownItem) =>
    value instanceof KnownNode ? 'KnownNode' : 'KnownRelationship',
})
export abstract class KnownItem {
  @Field(() => ID, { description: 'Its id, the same now as then.' })
  id!: string;

  @Field({
    description:
      'Its properties as the statements current then gave them, merged in the order they were added (a later one wins), as a JSON object.',
  })
  properties!: string;

  @Field(() => [String], {
    description: 'The dossier versions whose statements of it were current then (`dossier@n`).',
  })
  statedBy!: string[];

  @Field({ description: 'Whether it is retracted now (no current read shows it).' })
  retractedNow!: boolean;

  /** Its evidence span ids then; read by the `evidence` field. */
  evidenceIds!: string[];

  /** The instant it was known at, for its evidence. */
  at!: string;
}

@ObjectType('KnownNode', {
  description: 'A node as it was known at the instant.',
  implements: KnownItem,
})
export class KnownNode extends KnownItem {
  @Field(() => [String], { description: 'Its labels (its own ones, if it is retracted now).' })
  labels!: string[];

  @Field({ description: 'A short label: its name, a claim’s statement, a quote, or its id.' })
  label!: string;

  @Field(() => [String], { description: 'Its aliases then.' })
  aliases!: string[];
}

@ObjectType('KnownRelationship', {
  description: 'A relationship as it was known at the instant.',
  implements: KnownItem,
})
export class KnownRelationship extends KnownItem {
  @Field({ description: 'Its type (OCCUPIES, LEADS, …), retracted or not.' })
  type!: string;

  @Field(() => ID, { description: 'The id of its start node.' })
  from!: string;

  @Field(() => ID, { description: 'The id of its end node.' })
  to!: string;
}
