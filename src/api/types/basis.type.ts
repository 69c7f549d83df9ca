import { Field, ObjectType } from 'type-graphql';
import { BasisKind } from './enums';
import type { Basis } from '../../model/vocabulary';

@ObjectType('Basis', {
  description:
    'On what an item rests: the quote says it (STATED), it is read from the context (INFERRED), or it is known from outside the sources (EXTERNAL).',
})
export class BasisObject {
  @Field(() => BasisKind, { description: 'STATED, INFERRED or EXTERNAL.' })
  kind!: Basis;

  @Field(() => String, { nullable: true, description: 'For INFERRED: what it is read from.' })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For EXTERNAL: where it is known from.',
  })
  reference!: string | null;
}

/** Options of every `onlyStated` argument. */
export const ONLY_STATED_ARG = {
  defaultValue: false,
  description:
    'Only what the sources state: leaves out what is INFERRED or EXTERNAL, and what is known only through a claim.',
} as const;
