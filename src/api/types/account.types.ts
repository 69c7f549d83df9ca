import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FuzzyDate } from './fuzzy-date.type';
import { EventInterface } from './event.types';
import { Claim } from './claim.type';
import { EntityInterface } from './entity.types';
import { ParticipantRole, PositionQualifier, Stance, StanceStrength } from './enums';
import type { Account } from '../../model/accounts';
import type { PositionAccount as StatedPositionAccount } from '../../model/positions';

export const DisputeAspect = {
  DATE: 'DATE',
  PLACE: 'PLACE',
  PARTICIPANTS: 'PARTICIPANTS',
  CHANNEL: 'CHANNEL',
  CONTRADICTION: 'CONTRADICTION',
  POSITION: 'POSITION',
} as const;
registerEnumType(DisputeAspect, {
  name: 'DisputeAspect',
  description: 'What sources disagree on.',
  valuesConfig: {
    DATE: { description: 'Its date: the intervals they give cannot be the same.' },
    PLACE: {
      description:
        'Where it was held: they name places neither of which lies in the other (a city and its country agree).',
    },
    PARTICIPANTS: {
      description: 'Who took part in a role: they name participants with no one in common.',
    },
    CHANNEL: {
      description: 'How a statement was made: its reports give different channels.',
    },
    CONTRADICTION: {
      description: 'Claims a dossier declares cannot both be true (`Claim.contradicts`).',
    },
    POSITION: {
      description:
        "A holder's stance on an issue: one source has it rejecting what another has it supporting, demanding or proposing, for times that meet.",
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

@ObjectType('AccountPlace', { description: 'A place an account says the event was held in.' })
export class AccountPlace {
  /** The place's id (see AccountPlaceResolver.entity) and the spans that name it there. */
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

  @Field(() => [AccountPlace], { description: 'Where it was held, as this account says.' })
  places!: AccountPlace[];

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
    places: account.places.map((p) =>
      Object.assign(new AccountPlace(), { entityId: p.entity, evidenceIds: p.evidence }),
    ),
    evidenceIds: account.evidence,
  });
}

@ObjectType('PositionAccount', {
  description:
    'A position as one dossier states it, from its sources: kept beside the others, never merged into them.',
})
export class PositionAccount {
  @Field({ description: 'The dossier whose account it is.' })
  dossier!: string;

  @Field(() => ID, { description: 'The position relationship it states.' })
  relationId!: string;

  @Field(() => Stance, { description: 'The stance this account gives.' })
  stance!: keyof typeof Stance;

  @Field(() => StanceStrength, { nullable: true, description: 'How strongly, if it says.' })
  strength!: keyof typeof StanceStrength | null;

  @Field(() => [PositionQualifier], { description: 'What narrows it.' })
  qualifiers!: Array<keyof typeof PositionQualifier>;

  @Field(() => String, { nullable: true, description: 'The first day it is said to hold.' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'The last day it is said to hold.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it is attested on.' })
  asOf!: string | null;

  /** The claim it is known through, and the spans it rests on (see PositionAccountResolver). */
  attestedById!: string | null;
  evidenceIds!: string[];
}

/** A position account as the API answers it. */
export function toPositionAccount(account: StatedPositionAccount): PositionAccount {
  return Object.assign(new PositionAccount(), {
    dossier: account.dossier,
    relationId: account.relation,
    stance: account.stance as PositionAccount['stance'],
    strength: account.strength as PositionAccount['strength'],
    qualifiers: account.qualifiers as PositionAccount['qualifiers'],
    validFrom: account.validFrom,
    validTo: account.validTo,
    asOf: account.asOf,
    attestedById: account.attestedBy,
    evidenceIds: account.evidence,
  });
}

@ObjectType('Dispute', {
  description:
    "A point on which sources disagree, with the competing accounts, each with its sources, their grades and quotes: an event's date or participants, how a statement was made, claims that contradict, opposite positions.",
})
export class Dispute {
  @Field(() => EventInterface, {
    nullable: true,
    description: 'For DATE and PARTICIPANTS: the event disputed.',
  })
  event!: EventInterface | null;

  @Field(() => EntityInterface, {
    nullable: true,
    description: 'For a POSITION: who holds it.',
  })
  holder!: EntityInterface | null;

  @Field(() => EntityInterface, { nullable: true, description: 'For a POSITION: the issue.' })
  issue!: EntityInterface | null;

  @Field(() => DisputeAspect, { description: 'What the accounts disagree on.' })
  aspect!: keyof typeof DisputeAspect;

  @Field(() => ParticipantRole, {
    nullable: true,
    description: 'For PARTICIPANTS: the role they disagree on.',
  })
  role!: keyof typeof ParticipantRole | null;

  @Field(() => [EventAccount], { description: 'The competing accounts of the event.' })
  accounts!: EventAccount[];

  @Field(() => [PositionAccount], {
    description: 'For a POSITION: the opposed positions, a dossier each.',
  })
  positions!: PositionAccount[];

  @Field(() => [Claim], {
    description:
      'For a CHANNEL: the reports of the statement, each with its channel, mode, words, speaker and evidence. For a CONTRADICTION: the claims that contradict, in id order.',
  })
  claims!: Claim[];
}
