/**
 * Where a dossier still holds something a draft proposed and no curator has reviewed: an item's
 * `draft` mark, or an entry of its `drafts` section. Ingest refuses these, and the curation page
 * lists them apart from other problems.
 */
export const DRAFT_PATH = /^drafts\.|\.draft$/;

export const DRAFT_LEFT = 'a draft, not yet reviewed: accept, edit or drop it before ingest';
