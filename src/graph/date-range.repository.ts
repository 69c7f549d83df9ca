/**
 * Date filters shared by events, claims and timelines. Stored intervals may be open: a missing
 * `dateEnd` means the source gives no end (an ongoing war), a missing `dateStart` that it gives
 * no start (something said at an unknown time before a date). An interval matches a range when it
 * may overlap it; one with neither bound is undated and matches no date filter.
 *
 * The fragment reads `$from` and `$to` (ISO dates or null) and names only the given variable.
 */
export function mayOverlapRange(x: string): string {
  return `(($from IS NULL AND $to IS NULL)
    OR ((${x}.dateStart IS NOT NULL OR ${x}.dateEnd IS NOT NULL)
      AND ($from IS NULL OR ${x}.dateEnd IS NULL OR ${x}.dateEnd >= $from)
      AND ($to IS NULL OR ${x}.dateStart IS NULL OR ${x}.dateStart <= $to)))`;
}

/**
 * What an undated event or claim sorts by in date order: after every date. Dated lists sort by
 * `sortDate`, the start, else the end, else this; ingest stores it so that an index reads the
 * list in order (a page reads its own rows, not every candidate sorted).
 */
export const UNDATED_SORT_DATE = '9999';
