import { Field, ObjectType } from 'type-graphql';
import { DatePrecision } from './enums';

@ObjectType('FuzzyDate', {
  description:
    'A date as exact as the source allows: `start` and `end` bound the interval (ISO dates, either may be missing), `precision` says how exact they are.',
})
export class FuzzyDate {
  @Field(() => String, {
    nullable: true,
    description: 'The earliest the source allows (ISO), or null when it gives none.',
  })
  start!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The latest the source allows (ISO), or null: open, still going on.',
  })
  end!: string | null;

  @Field(() => DatePrecision, { description: 'How exact the bounds are.' })
  precision!: keyof typeof DatePrecision;

  @Field(() => String, { nullable: true, description: 'How the date was read from the source.' })
  note!: string | null;
}

/** Reads the date properties written at ingest. */
export function fuzzyDateOf(props: Record<string, unknown>): FuzzyDate {
  return {
    start: (props.dateStart as string | null) ?? null,
    end: (props.dateEnd as string | null) ?? null,
    precision: ((props.datePrecision as string) ?? 'UNKNOWN') as keyof typeof DatePrecision,
    note: (props.dateNote as string | null) ?? null,
  };
}
