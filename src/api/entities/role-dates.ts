import { localizedValues } from '../../model/localized-text';
import { normalizeName } from '../../search-text/name-normalize';

/**
 * Whether the sources say a role was held on a date. With validity bounds, the date must fall
 * within them (an open end is open); with none, only the date the source attests it (asOf)
 * counts: the graph says what the sources say, and a title held on 4 February is not thereby
 * held on 10 February.
 */
export function roleHeldOn(props: Record<string, unknown>, date: string): boolean {
  const from = typeof props.validFrom === 'string' ? props.validFrom : null;
  const to = typeof props.validTo === 'string' ? props.validTo : null;
  if (from || to) return (!from || from <= date) && (!to || date <= to);
  return props.asOf === date;
}

/** Whether a role's title, in any language, contains the words asked for (normalised). */
export function titleMatches(props: Record<string, unknown>, title: string): boolean {
  const wanted = normalizeName(title);
  return localizedValues(props, 'title').some((t) => normalizeName(t.value).includes(wanted));
}
