import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { FuzzyDate } from './fuzzy-date.type';
import { EventInterface } from './event.types';
import { Claim } from './claim.type';
import { ParticipantRole } from './enums';
import type { Account } from '../../model/accounts';

export const DisputeAspect = {
  DATE: 'DATE',
  PARTICIPANTS: 'PARTICIPANTS',
  CHANNEL: 'CHANNEL',
} as const;
registerEnumType(DisputeAspect, {
  name: 'DisputeAspect',
  description: 'What accounts of an event disagree on.',
  valuesConfig: {
    DATE: { description: 'Its date: the intervals they give cannot be the same.' },
    PARTICIPANTS: {
      description: 'Who took part in a role: they name participants with no one in common.',
    },
    CHANNEL: {
      description: 'How a statement was made: its reports give different channels.',
    },
  },
});

@ObjectType('AccountParticipant', { description: 'A participant as one account names it.' })
export class AccountParticipant {
  @Field(() => ParticipantRole, { description: 'The part it played.' })
  role!: keyof typeof ParticipantRole;

  /** The entity's id (see AccountResolver.entity) and the spans that name it. */
  entityId!: string;
  evidenceIds!: string[];
}

@ObjectType('EventAccount', {
  description:
    'An event as one dossier gives it, from its sources: kept beside the others, never merged into them.',
})
export class EventAccount {
  @Field({ description: 'The dossier whose account it is.' })
  dossier!: string;

  @Field(() => FuzzyDate, {
    nullable: true,
    description: 'The date this account gives; null when it gives none.',
  })
  date!: FuzzyDate | null;

  @Field(() => [AccountParticipant], { description: 'Who took part, as this account says.' })
  participants!: AccountParticipant[];

  /** The spans the account rests on (see AccountResolver). */
  evidenceIds!: string[];
}

/** An account as the API answers it. */
export function toEventAccount(account: Account): EventAccount {
  return Object.assign(new EventAccount(), {
    dossier: account.dossier,
    date: account.date
      ? { ...account.date, precision: account.date.precision as FuzzyDate['precision'] }
      : null,
    participants: account.participants.map((p) =>
      Object.assign(new AccountParticipant(), {
        role: p.role,
        entityId: p.entity,
        evidenceIds: p.evidence,
      }),
    ),
    evidenceIds: account.evidence,
  });
}

@ObjectType('Dispute', {
  description:
    'A point on which accounts of an event disagree, with the competing accounts, each with its sources, their grades and quotes.',
})
export class Dispute {
  @Field(() => EventInterface, {
    nullable: true,
    description: 'The event disputed (null for a CHANNEL: see `claims`).',
  })
  event!: EventInterface | null;

  @Field(() => DisputeAspect, { description: 'What the accounts disagree on.' })
  aspect!: keyof typeof DisputeAspect;

  @Field(() => ParticipantRole, {
    nullable: true,
    description: 'For PARTICIPANTS: the role they disagree on.',
  })
  role!: keyof typeof ParticipantRole | null;

  @Field(() => [EventAccount], { description: 'The competing accounts of the event.' })
  accounts!: EventAccount[];

  @Field(() => [Claim], {
    description:
      'For a CHANNEL: the reports of the statement, each with its channel, mode, words, speaker and evidence.',
  })
  claims!: Claim[];
}
