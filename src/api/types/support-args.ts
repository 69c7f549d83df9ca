import { AppError, ErrorCode } from '../../errors';
import type { SourceMinimum, WalkFilter } from '../../model/walks';

/** Options of every `minSources` argument. */
export const MIN_SOURCES_ARG = {
  nullable: true,
  description: 'Only what at least this many sources state (see `support`).',
} as const;

/** Options of every `minIndependentSources` argument. */
export const MIN_INDEPENDENT_SOURCES_ARG = {
  nullable: true,
  description:
    'Only what at least this many independent sources state: reprints, translations and wire copies count with their original, an outlet once, and dependent outlets as one (see `support`).',
} as const;

/** Options of every `orderBy` argument of a list of relationships. */
export const ORDER_BY_ARG = {
  defaultValue: 'ID',
  description:
    'ID: relationship id order; SUPPORT: most corroborated first, then by id. A list only: its Connection twin pages in id order.',
} as const;

const MINIMA = ['minSources', 'minIndependentSources'] as const;

/** Both minimums of a request, checked as supportFilter checks them, 0 where not given. */
export function sourceMinimum(args: {
  minSources?: number | null;
  minIndependentSources?: number | null;
}): SourceMinimum {
  const filter = supportFilter(args);
  return {
    minSources: filter.minSources ?? 0,
    minIndependentSources: filter.minIndependentSources ?? 0,
  };
}

/**
 * The support a list keeps, from its `minSources` and `minIndependentSources` arguments, and
 * whether it is sorted by it (`orderBy: SUPPORT`); BAD_USER_INPUT names a negative minimum.
 */
export function supportFilter(args: {
  minSources?: number | null;
  minIndependentSources?: number | null;
  orderBy?: string | null;
}): WalkFilter {
  const filter: WalkFilter = args.orderBy === 'SUPPORT' ? { bySupport: true } : {};
  for (const name of MINIMA) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    if (!Number.isInteger(value) || value < 0)
      throw new AppError(ErrorCode.BAD_USER_INPUT, `"${name}" is a count: 0 or more.`, {
        argument: name,
      });
    filter[name] = value;
  }
  return filter;
}
