import { type NodeRecord } from './node-record';
import { pickLocalized } from '../model/localized-text';

const MAX_LABEL = 80;

/** A short human label for any node: its name, a claim's statement, or its id. */
export function displayLabel(record: NodeRecord): string {
  const props = record.props;
  const text =
    pickLocalized(props, 'name', 'en') ??
    pickLocalized(props, 'statement', 'en', props.language as string | undefined) ??
    pickLocalized(props, 'title', 'en') ??
    (typeof props.quote === 'string' ? props.quote : record.id);
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** The kind shown for a node: entity or event kind, or its main label. */
export function displayKind(record: NodeRecord): string {
  if (typeof record.props.kind === 'string') return record.props.kind;
  return record.labels.find((label) => label !== 'Node') ?? 'Node';
}

/** A short label for a relationship: its English title, else its role or stance, else its type. */
export function edgeLabel(props: Record<string, unknown>, type: string): string {
  return (
    pickLocalized(props, 'title', 'en') ??
    (typeof props.role === 'string' ? props.role : null) ??
    (typeof props.stance === 'string' ? props.stance : null) ??
    type
  );
}
