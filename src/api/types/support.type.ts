import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AssessmentKind } from './enums';
import { Evidence } from './evidence.type';
import { Source } from './source.type';
import type { AssessmentKind as Kind } from '../../model/vocabulary';

/** The stored properties a fact's support is read from (written at ingest). */
export const SUPPORT_KEYS = [
  'sourceCount',
  'independentCount',
  'outletCount',
  'supportSources',
  // A relationship's spans, for its reports (a compiled relationship reads them only when asked).
  'evidenceIds',
] as const;

@ObjectType('Support', {
  description:
    'Who reports a fact: how many sources, how many of them independent (a copy counts with what it copies, and dependent outlets as one), how many outlets, and each report with its spans.',
})
export class Support {
  @Field(() => Int, { description: 'Sources whose evidence states it.' })
  sources!: number;

  @Field(() => Int, {
    description:
      'Independent voices among them: reprints, translations and wire copies count with their original, two reports of one outlet once, and outlets declared dependent as one.',
  })
  independentSources!: number;

  @Field(() => Int, {
    description: 'Outlets that carry it (a source with no outlet named counts as its own).',
  })
  outlets!: number;

  /** The source ids, and where the spans are read from (see SupportResolver.reports). */
  sourceIds!: string[];
  of!: { id: string; evidenceIds: string[] | null };
}

/** A fact's support from its stored properties; zero where none were written. */
export function supportOf(
  props: Record<string, unknown>,
  of: { id: string; evidenceIds: string[] | null },
): Support {
  const count = (key: string) => (typeof props[key] === 'number' ? (props[key] as number) : 0);
  return Object.assign(new Support(), {
    sources: count('sourceCount'),
    independentSources: count('independentCount'),
    outlets: count('outletCount'),
    sourceIds: Array.isArray(props.supportSources) ? (props.supportSources as string[]) : [],
    of,
  });
}

@ObjectType('Assessment', {
  description:
    "An analyst's assessment, never a source's words: an outlet's reliability, a claim's credibility, or outlets declared dependent; versioned with the dossier that makes it.",
})
export class Assessment {
  @Field(() => ID, { description: 'Its id, stable across versions of its dossier.' })
  id!: string;

  @Field(() => AssessmentKind, { description: 'What it grades.' })
  kind!: Kind;

  @Field(() => String, {
    nullable: true,
    description: 'A to F for reliability, 1 to 6 for credibility; null for a dependence.',
  })
  grade!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, in the analyst’s words.' })
  note!: string | null;

  @Field({ description: 'Who made it.' })
  by!: string;

  @Field({ description: 'The dossier that states it.' })
  dossier!: string;

  @Field(() => [ID], {
    description: 'What it grades: an outlet, a claim, or the dependent outlets.',
  })
  targets!: string[];
}

@ObjectType('SourceReport', {
  description: 'One source stating a fact: the source, what it counts as, and its spans.',
})
export class SourceReport {
  @Field(() => Source, { description: 'The source.' })
  source!: Source;

  @Field(() => String, {
    description:
      'What it counts as among independent sources: the id of its original’s outlet (of the least outlet of a group declared dependent), or of its original when that names no outlet.',
  })
  countsAs!: string;

  @Field(() => [Evidence], { description: 'Its spans that state the fact.' })
  evidence!: Evidence[];
}
