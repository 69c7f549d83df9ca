import { Claim } from '../types/claim.type';
import { fuzzyDateOf } from '../types/fuzzy-date.type';
import type { NodeInterface } from '../types/node.interface';
import { ENTITY_CLASSES } from '../types/entity.types';
import { EVENT_CLASSES } from '../types/event.types';
import { Evidence } from '../types/evidence.type';
import type { RelationshipBase } from '../types/relationship.types';
import { Source } from '../types/source.type';
import type { NodeRecord, RelationRecord } from '../../graph/node-record';
import { basisOf } from '../../model/localized-text';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Turns a stored node into the GraphQL object of its type, or null for an unknown kind. */
export function toNodeModel(record: NodeRecord | null | undefined): NodeInterface | null {
  if (!record) return null;
  const { id, labels, props } = record;
  const base = { id, props };
  if (labels.includes('Entity')) {
    const kind = props.kind as keyof typeof ENTITY_CLASSES;
    const EntityClass = ENTITY_CLASSES[kind];
    return EntityClass ? Object.assign(new EntityClass(), base, { typename: kind, kind }) : null;
  }
  if (labels.includes('Event')) {
    const kind = props.kind as keyof typeof EVENT_CLASSES;
    const EventClass = EVENT_CLASSES[kind];
    if (!EventClass) return null;
    return Object.assign(new EventClass(), base, {
      typename: EventClass.name,
      kind,
      date: fuzzyDateOf(props),
      round: num(props.round),
      format: str(props.format),
    });
  }
  if (labels.includes('Claim')) {
    return Object.assign(new Claim(), base, {
      typename: 'Claim',
      mode: props.mode,
      language: props.language,
      channel: str(props.channel),
      date: fuzzyDateOf(props),
    });
  }
  if (labels.includes('Evidence')) {
    return Object.assign(new Evidence(), base, {
      typename: 'Evidence',
      quote: props.quote,
      start: props.start,
      end: props.end,
      sourceId: props.sourceId,
    });
  }
  if (labels.includes('Source')) {
    return Object.assign(new Source(), base, {
      typename: 'Source',
      language: props.language,
      publishedOn: props.publishedOn,
      publisher: str(props.publisher),
      sha256: props.sha256,
      characterCount: props.characterCount,
    });
  }
  return null;
}

/** Turns a stored relationship into a GraphQL relationship object of the given class. */
export function toRelationModel<T extends RelationshipBase>(
  relation: RelationRecord,
  EdgeClass: new () => T,
): T {
  const { props } = relation;
  return Object.assign(new EdgeClass(), {
    id: relation.id,
    type: relation.type,
    typename: EdgeClass.name,
    fromId: relation.fromId,
    toId: relation.toId,
    otherId: relation.other.id,
    direction: relation.direction,
    evidenceIds: relation.evidenceIds,
    props,
    asOf: str(props.asOf),
    validFrom: str(props.validFrom),
    validTo: str(props.validTo),
    extent: str(props.extent),
    role: str(props.role),
    stance: str(props.stance),
    strength: str(props.strength),
    qualifiers: Array.isArray(props.qualifiers) ? props.qualifiers : [],
    basis: basisOf(props),
    attestedById: str(props.attestedBy),
  });
}
