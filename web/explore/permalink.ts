// The whole state of a view in the page's address, so that a view is a link that reopens it:
// what was opened and expanded (in order), the filters, the dates, the language and the path.

/** A path search made: its nodes stay in the graph after the path is cleared. */
export interface PathSearch {
  from: string;
  to: string;
  avoidClaims: boolean;
}

export interface ViewState {
  overview: boolean;
  expanded: string[];
  searched: PathSearch[];
  lang: string;
  hiddenKinds: string[];
  hiddenTypes: string[];
  onlyStated: boolean;
  /** Only relationships at least this many independent sources state (0: all). */
  minIndependentSources: number;
  /** Outlets whose sources alone keep nothing in view. */
  hiddenOutlets: string[];
  /** The least reliability grade of a relationship's outlets (null: any). */
  minGrade: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  avoidClaims: boolean;
  pathIndex: number;
  selected: string | null;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** The view a link describes; `focus` alone (the older links) opens one node. */
export function readView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const focus = q.get('focus');
  const expanded = list(q.get('expand'));
  const searched = list(q.get('searched')).map((entry) => {
    const [from, to, avoid] = entry.split('~');
    return { from, to, avoidClaims: avoid === '1' };
  });
  return {
    overview: q.get('overview') === '1',
    expanded: focus && !expanded.includes(focus) ? [focus, ...expanded] : expanded,
    searched: searched.filter((s) => s.from && s.to),
    lang: q.get('lang') ?? 'en',
    hiddenKinds: list(q.get('hideKinds')),
    hiddenTypes: list(q.get('hideTypes')),
    onlyStated: q.get('stated') === '1',
    minIndependentSources: Math.max(0, Math.trunc(Number(q.get('minSources') ?? 0)) || 0),
    hiddenOutlets: list(q.get('hideOutlets')),
    minGrade: /^[A-E]$/.test(q.get('minGrade') ?? '') ? q.get('minGrade') : null,
    dateFrom: q.get('from'),
    dateTo: q.get('to'),
    pathFrom: q.get('pathFrom'),
    pathTo: q.get('pathTo'),
    avoidClaims: q.get('noClaims') === '1',
    pathIndex: Number(q.get('path') ?? 0) || 0,
    selected: q.get('select'),
  };
}

/** The link to a view: only what differs from an empty page is written. */
export function writeView(view: ViewState): string {
  const q = new URLSearchParams();
  if (view.overview) q.set('overview', '1');
  if (view.expanded.length > 0) q.set('expand', view.expanded.join(','));
  if (view.searched.length > 0)
    q.set(
      'searched',
      view.searched.map((s) => `${s.from}~${s.to}~${s.avoidClaims ? 1 : 0}`).join(','),
    );
  if (view.lang !== 'en') q.set('lang', view.lang);
  if (view.hiddenKinds.length > 0) q.set('hideKinds', view.hiddenKinds.join(','));
  if (view.hiddenTypes.length > 0) q.set('hideTypes', view.hiddenTypes.join(','));
  if (view.onlyStated) q.set('stated', '1');
  if (view.minIndependentSources > 0) q.set('minSources', String(view.minIndependentSources));
  if (view.hiddenOutlets.length > 0) q.set('hideOutlets', view.hiddenOutlets.join(','));
  if (view.minGrade) q.set('minGrade', view.minGrade);
  if (view.dateFrom) q.set('from', view.dateFrom);
  if (view.dateTo) q.set('to', view.dateTo);
  if (view.pathFrom && view.pathTo) {
    q.set('pathFrom', view.pathFrom);
    q.set('pathTo', view.pathTo);
    if (view.avoidClaims) q.set('noClaims', '1');
    if (view.pathIndex > 0) q.set('path', String(view.pathIndex));
  }
  if (view.selected) q.set('select', view.selected);
  const text = q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
