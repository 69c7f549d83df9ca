import { Field, ObjectType } from 'type-graphql';

@ObjectType('HistoryEntry', {
  description:
    "One dossier's statement of a node or relationship over one period: the version of the dossier that added it, and the one that ended it (a later version that stopped or changed stating it, or withdrew the dossier). An item is current while one of its statements is.",
})
export class HistoryEntry {
  @Field({ description: 'The dossier that states it.' })
  dossier!: string;

  @Field({ description: 'The version that added this statement, as `dossier@number`.' })
  addedIn!: string;

  @Field({ description: 'When that version was ingested (ISO 8601, UTC).' })
  addedAt!: string;

  @Field(() => String, { nullable: true, description: 'Who ingested that version, if recorded.' })
  addedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The version that ended this statement; null while it is current.',
  })
  retractedIn!: string | null;

  @Field(() => String, { nullable: true, description: 'When it ended (ISO 8601, UTC).' })
  retractedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who ingested the version that ended it.' })
  retractedBy!: string | null;

  @Field({ description: 'The version that ended it withdrew the whole dossier.' })
  withdrawn!: boolean;

  @Field({ description: 'Whether the dossier states it now.' })
  current!: boolean;

  @Field({
    description:
      'What the dossier stated of it in that version, as JSON: its properties (null for a node the dossier only refers to), aliases and evidence span ids.',
  })
  statement!: string;
}
