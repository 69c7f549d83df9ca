import {
  BASES,
  CLAIM_MODES,
  POSITION_QUALIFIERS,
  STANCE_STRENGTHS,
  STANCES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  ENTITY_RELATIONSHIP_TYPES,
  EVENT_KINDS,
  PARTICIPANT_ROLES,
  RELATIONSHIP_RULES,
} from '../../src/model/vocabulary';
import { evidenceOf, slugOf, type DossierState, type Item, type Span } from './dossier-state';

/** What a form needs of the page. */
export interface FormContext {
  state: DossierState;
  span: Span;
  /** The open source: its id, language and publication date. */
  sourceId: string;
  language: string;
  publishedOn: string;
  /** Entities of the graph whose names match, best first (the API's search). */
  searchGraph: (
    query: string,
  ) => Promise<Array<{ id: string; kind: string; names: Record<string, string> }>>;
  done: (message: string) => void;
}

type Attributes = Record<string, string | boolean | undefined>;

/** An element with attributes and children: the forms are built of these. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(key, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}

const select = (id: string, values: readonly string[], chosen?: string) =>
  h(
    'select',
    { id },
    ...values.map((value) => h('option', { value, selected: value === chosen }, value)),
  );
const labelled = (text: string, control: HTMLElement) => h('label', {}, `${text} `, control);
const valueOf = (form: HTMLElement, id: string) =>
  (form.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value.trim();

/** A form that calls `submit` on Enter or its button, and closes what it was in. */
function formOf(
  id: string,
  title: string,
  submit: (form: HTMLFormElement) => string | null,
  ...fields: HTMLElement[]
) {
  const problem = h('p', { class: 'problem', role: 'alert' });
  const form = h(
    'form',
    { id, class: 'annotate' },
    h('h3', {}, title),
    ...fields,
    problem,
    h('button', { id: `${id}-add`, type: 'submit' }, 'Add'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const error = submit(form);
    problem.textContent = error ?? '';
  });
  return form;
}

/** The entities (or events) of the dossier, newest first, of the kinds a place allows. */
const entitiesOf = (state: DossierState, kinds: readonly string[] = ENTITY_KINDS) =>
  state
    .declared()
    .filter((d) => kinds.includes(d.kind))
    .reverse();

/** A menu whose first choice is none. */
const optionalOf = (id: string, items: Array<{ id: string; label: string }>) =>
  h(
    'select',
    { id },
    h('option', { value: '' }, '(none)'),
    ...items.map((e) => h('option', { value: e.id }, `${e.label} (${e.id})`)),
  );

const entityOptions = (id: string, entities: Array<{ id: string; label: string }>) =>
  h('select', { id }, ...entities.map((e) => h('option', { value: e.id }, `${e.label} (${e.id})`)));

/** Adds the span as evidence of an entity, copying the entity into the dossier if needed. */
function evidenceOfEntity(
  ctx: FormContext,
  entity: { id: string; kind: string; names: Record<string, string> },
) {
  ctx.state.change(() => {
    const entities = ctx.state.list('entities');
    let found = entities.find((e) => e.id === entity.id);
    if (!found) {
      found = { id: entity.id, kind: entity.kind, names: entity.names, evidence: [] };
      entities.push(found);
    }
    found.evidence = [...((found.evidence as Item[]) ?? []), evidenceOf(ctx.span)];
  });
  ctx.done(`The span is evidence of ${entity.id}.`);
}

/** Entity: one of the dossier or the graph, found by any of its names, or a new one. */
export function entityForm(ctx: FormContext): HTMLElement {
  const suggestions = h('ul', { id: 'entity-suggestions', class: 'suggestions' });
  const find = h('input', {
    id: 'entity-find',
    type: 'search',
    placeholder: 'Find in the dossier or the graph, any script',
    autocomplete: 'off',
    dir: 'auto',
  });
  let asked = 0;
  const show = async () => {
    const query = find.value.trim();
    const ticket = ++asked;
    // The dossier's entities with a name (in any language) or id containing the query.
    const local = ctx.state
      .list('entities')
      .filter((e) => {
        const names = Object.values((e.names ?? {}) as Record<string, string>);
        return (
          query &&
          [...names, String(e.id)].some((n) => n.toLowerCase().includes(query.toLowerCase()))
        );
      })
      .map((e) => ({ id: String(e.id), kind: String(e.kind) }));
    const remote = query ? await ctx.searchGraph(query).catch(() => []) : [];
    if (ticket !== asked) return;
    const entities = ctx.state.list('entities');
    suggestions.replaceChildren(
      ...[
        ...local.map((d) => {
          const item = entities.find((e) => e.id === d.id)!;
          return {
            id: d.id,
            kind: d.kind,
            names: item.names as Record<string, string>,
            where: 'dossier',
          };
        }),
        ...remote
          .filter((r) => !local.some((d) => d.id === r.id))
          .map((r) => ({ ...r, where: 'graph' })),
      ].map((entity) => {
        const button = h(
          'button',
          { type: 'button', class: 'link', 'data-id': entity.id },
          `${entity.names.en ?? Object.values(entity.names)[0]} · ${entity.kind} (${entity.where})`,
        );
        button.addEventListener('click', () => evidenceOfEntity(ctx, entity));
        return h('li', {}, button);
      }),
    );
  };
  find.addEventListener('input', () => void show());
  // The span is often a name already known: looked for at once, in any script.
  find.value = ctx.span.quote;
  void show();
  const ownLang = ctx.language;
  const form = formOf(
    'entity-form',
    'A new entity',
    (f) => {
      const kind = valueOf(f, 'entity-kind');
      const english =
        ownLang === 'en' ? valueOf(f, 'entity-name-own') : valueOf(f, 'entity-name-en');
      const own = valueOf(f, 'entity-name-own');
      if (!english) return 'An entity needs an English name.';
      const id = ctx.state.freeId(`${kind.toLowerCase()}:${slugOf(english) || 'unnamed'}`);
      ctx.state.change(() =>
        ctx.state.list('entities').push({
          id,
          kind,
          names: { ...(own && ownLang !== 'en' ? { [ownLang]: own } : {}), en: english },
          evidence: [evidenceOf(ctx.span)],
        }),
      );
      ctx.done(`Added ${id}.`);
      return null;
    },
    labelled('Kind', select('entity-kind', ENTITY_KINDS)),
    labelled(
      `Name (${ownLang})`,
      h('input', { id: 'entity-name-own', value: ctx.span.quote, dir: 'auto' }),
    ),
    ...(ownLang === 'en'
      ? []
      : [labelled('Name (en)', h('input', { id: 'entity-name-en', required: true }))]),
  );
  return h('div', {}, h('h3', {}, 'Evidence of an entity'), find, suggestions, form);
}

/** A basis picker: STATED, or INFERRED with its note, or EXTERNAL with its reference. */
function basisFields(prefix: string) {
  return [
    labelled('Basis', select(`${prefix}-basis`, BASES)),
    labelled('Note or reference', h('input', { id: `${prefix}-basis-text` })),
  ];
}

function basisOf(form: HTMLElement, prefix: string): { basis: Item } | string {
  const kind = valueOf(form, `${prefix}-basis`);
  const text = valueOf(form, `${prefix}-basis-text`);
  if (kind === 'STATED') return { basis: { kind } };
  if (!text)
    return kind === 'INFERRED'
      ? 'An INFERRED item says what it is read from.'
      : 'An EXTERNAL item says where it is known from.';
  return { basis: kind === 'INFERRED' ? { kind, note: text } : { kind, reference: text } };
}

/** Relationship of the vocabulary between two entities of the dossier. */
export function relationshipForm(ctx: FormContext): HTMLElement {
  const type = select('rel-type', ENTITY_RELATIONSHIP_TYPES);
  const ends = h('div', {});
  const refill = () => {
    const rule = RELATIONSHIP_RULES[type.value as keyof typeof RELATIONSHIP_RULES];
    ends.replaceChildren(
      labelled('From', entityOptions('rel-from', entitiesOf(ctx.state, rule.from))),
      labelled('To', entityOptions('rel-to', entitiesOf(ctx.state, [...rule.to]))),
      ...(type.value === 'HOLDS_POSITION'
        ? [
            labelled('Stance', select('rel-stance', STANCES)),
            labelled('Strength', select('rel-strength', STANCE_STRENGTHS, 'PLAIN')),
            h(
              'fieldset',
              { id: 'rel-qualifiers' },
              h('legend', {}, 'Qualifiers'),
              ...POSITION_QUALIFIERS.map((q) =>
                h('label', {}, h('input', { type: 'checkbox', value: q }), ` ${q}`),
              ),
            ),
          ]
        : []),
    );
  };
  type.addEventListener('change', refill);
  refill();
  return formOf(
    'rel-form',
    'A relationship',
    (f) => {
      const [from, to] = [valueOf(f, 'rel-from'), valueOf(f, 'rel-to')];
      if (!from || !to) return 'Both ends are entities of the dossier: add them first.';
      const basis = basisOf(f, 'rel');
      if (typeof basis === 'string') return basis;
      const attestedBy = valueOf(f, 'rel-attested-by');
      // A position: what is held, how strongly, and what narrows it.
      const position =
        type.value === 'HOLDS_POSITION'
          ? {
              stance: valueOf(f, 'rel-stance'),
              strength: valueOf(f, 'rel-strength'),
              qualifiers: [
                ...f.querySelectorAll<HTMLInputElement>('#rel-qualifiers input:checked'),
              ].map((input) => input.value),
            }
          : {};
      ctx.state.change(() =>
        ctx.state.list('relationships').push({
          type: type.value,
          from,
          to,
          ...position,
          ...(basis.basis.kind === 'STATED' ? {} : basis),
          ...(attestedBy ? { attestedBy } : {}),
          evidence: [evidenceOf(ctx.span)],
        }),
      );
      ctx.done(`Added ${type.value} ${from} → ${to}.`);
      return null;
    },
    labelled('Type', type),
    ends,
    ...basisFields('rel'),
    // When the source has it only from someone: the claim it is known through.
    labelled(
      'Known only through the claim',
      h(
        'select',
        { id: 'rel-attested-by' },
        h('option', { value: '' }, '(the source states it)'),
        ...ctx.state.list('claims').map((c) => h('option', { value: String(c.id) }, String(c.id))),
      ),
    ),
  );
}

function dateFields(prefix: string, start: string, end: string, precision: string) {
  return [
    labelled('From', h('input', { id: `${prefix}-start`, type: 'date', value: start })),
    labelled('To', h('input', { id: `${prefix}-end`, type: 'date', value: end })),
    labelled('Precision', select(`${prefix}-precision`, DATE_PRECISIONS, precision)),
  ];
}

function dateOf(form: HTMLElement, prefix: string): Item {
  const [start, end] = [valueOf(form, `${prefix}-start`), valueOf(form, `${prefix}-end`)];
  return {
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    precision: valueOf(form, `${prefix}-precision`),
  };
}

/** A claim: who said it, how, the quoted span, what it is about. */
export function claimForm(ctx: FormContext): HTMLElement {
  const entities = entitiesOf(ctx.state);
  const subjects = h(
    'fieldset',
    { id: 'claim-subjects' },
    h('legend', {}, 'About'),
    ...entitiesOf(ctx.state, [...ENTITY_KINDS, 'Event']).map((e) =>
      h('label', {}, h('input', { type: 'checkbox', value: e.id }), ` ${e.label}`),
    ),
  );
  return formOf(
    'claim-form',
    'A claim',
    (f) => {
      const mode = valueOf(f, 'claim-mode');
      // A NARRATED claim is the source's own account: the source is its speaker.
      const speaker = mode === 'NARRATED' ? ctx.sourceId : valueOf(f, 'claim-speaker');
      const english = ctx.language === 'en' ? '' : valueOf(f, 'claim-statement-en');
      if (!speaker) return 'A claim has a speaker: add them as an entity first.';
      const about = [...subjects.querySelectorAll<HTMLInputElement>('input:checked')].map(
        (i) => i.value,
      );
      const id = ctx.state.freeId(
        `claim:${slugOf(speaker.replace(/^[a-z]+:/, ''))}-${ctx.state.list('claims').length + 1}`,
      );
      const channel = valueOf(f, 'claim-channel');
      const [via, event] = [valueOf(f, 'claim-via'), valueOf(f, 'claim-event')];
      ctx.state.change(() =>
        ctx.state.list('claims').push({
          id,
          speaker,
          mode,
          statement: {
            [ctx.language]: ctx.span.quote,
            ...(english && ctx.language !== 'en' ? { en: english } : {}),
          },
          language: ctx.language,
          ...(channel ? { channel } : {}),
          ...(via ? { via } : {}),
          ...(event ? { event } : {}),
          date: dateOf(f, 'claim-date'),
          subjects: about,
          evidence: [evidenceOf(ctx.span)],
        }),
      );
      ctx.done(`Added ${id}.`);
      return null;
    },
    labelled('Speaker (the source itself when NARRATED)', entityOptions('claim-speaker', entities)),
    labelled('Mode', select('claim-mode', CLAIM_MODES)),
    labelled('Channel', h('input', { id: 'claim-channel', dir: 'auto' })),
    labelled('Through (an agency, a channel that is an entity)', optionalOf('claim-via', entities)),
    labelled('At the event', optionalOf('claim-event', entitiesOf(ctx.state, ['Event']))),
    ...(ctx.language === 'en'
      ? []
      : [labelled('In English', h('input', { id: 'claim-statement-en' }))]),
    // Said no later than the source was published: when, the source may not say.
    ...dateFields('claim-date', '', ctx.publishedOn, 'UNKNOWN'),
    subjects,
  );
}

/** A date the draft resolved inside the selection, to start an event's date from. */
function draftedDateIn(ctx: FormContext) {
  const dates = ((ctx.state.data.drafts as { dates?: Item[] } | undefined)?.dates ?? []).filter(
    (d) => Number(d.start) >= ctx.span.start && Number(d.end) <= ctx.span.end,
  );
  const entry = dates[0];
  if (!entry) return undefined;
  const date = entry.date as { start?: string; end?: string; precision: string; note?: string };
  return { entry, date };
}

/** An event: its kind, names, dates with their precision, and who took part. */
export function eventForm(ctx: FormContext): HTMLElement {
  const drafted = draftedDateIn(ctx);
  const entities = entitiesOf(ctx.state);
  const participants = h(
    'fieldset',
    { id: 'event-participants' },
    h('legend', {}, 'Who took part (this span as evidence)'),
    ...entities.map((e) =>
      h(
        'div',
        {},
        h('label', {}, h('input', { type: 'checkbox', value: e.id }), ` ${e.label} `),
        select(`event-role-${slugOf(e.id)}`, PARTICIPANT_ROLES),
      ),
    ),
  );
  return formOf(
    'event-form',
    'An event',
    (f) => {
      const english =
        ctx.language === 'en' ? valueOf(f, 'event-name-own') : valueOf(f, 'event-name-en');
      if (!english) return 'An event needs an English name.';
      const own = valueOf(f, 'event-name-own');
      const round = valueOf(f, 'event-round');
      const id = ctx.state.freeId(`event:${slugOf(english) || 'unnamed'}`);
      const taking = [...participants.querySelectorAll<HTMLInputElement>('input:checked')].map(
        (input) => ({
          entity: input.value,
          role: valueOf(f, `event-role-${slugOf(input.value)}`),
          evidence: [evidenceOf(ctx.span)],
        }),
      );
      const date = dateOf(f, 'event-date');
      // The drafted date, taken as it was proposed: its note comes along, and it is used up.
      const used =
        drafted &&
        drafted.date.start === date.start &&
        drafted.date.end === date.end &&
        drafted.date.precision === date.precision;
      ctx.state.change(() => {
        if (used) {
          const dates = (ctx.state.data.drafts as { dates?: Item[] } | undefined)?.dates ?? [];
          dates.splice(dates.indexOf(drafted.entry), 1);
        }
        ctx.state.list('events').push({
          id,
          kind: valueOf(f, 'event-kind'),
          names: { ...(own && ctx.language !== 'en' ? { [ctx.language]: own } : {}), en: english },
          date: used && drafted.date.note ? { ...date, note: drafted.date.note } : date,
          ...(round ? { round: Number(round) } : {}),
          participants: taking,
          evidence: [evidenceOf(ctx.span)],
        });
      });
      ctx.done(`Added ${id}.`);
      return null;
    },
    labelled('Kind', select('event-kind', EVENT_KINDS)),
    labelled(`Name (${ctx.language})`, h('input', { id: 'event-name-own', dir: 'auto' })),
    ...(ctx.language === 'en' ? [] : [labelled('Name (en)', h('input', { id: 'event-name-en' }))]),
    ...dateFields(
      'event-date',
      drafted?.date.start ?? '',
      drafted?.date.end ?? '',
      drafted?.date.precision ?? 'DAY',
    ),
    ...(drafted
      ? [h('p', { class: 'hint', id: 'event-date-drafted' }, `Drafted: ${drafted.date.note ?? ''}`)]
      : []),
    labelled('Round', h('input', { id: 'event-round', type: 'number', min: '1' })),
    participants,
  );
}

/**
 * The span as another name of an entity of the dossier, in the source's language: STATED, since
 * the source uses it (the check says so if it uses it only inside a longer name), with the span as
 * evidence.
 */
export function aliasForm(ctx: FormContext): HTMLElement {
  return formOf(
    'alias-form',
    `“${ctx.span.quote}” is another name of`,
    (f) => {
      const id = valueOf(f, 'alias-entity');
      if (!id) return 'The dossier has no entity yet.';
      const basis = basisOf(f, 'alias');
      if (typeof basis === 'string') return basis;
      ctx.state.change(() => {
        const entity = ctx.state.list('entities').find((e) => e.id === id)!;
        entity.aliases = [
          ...((entity.aliases as Item[]) ?? []),
          {
            lang: ctx.language,
            value: ctx.span.quote,
            ...(basis.basis.kind === 'STATED' ? {} : basis),
          },
        ];
        entity.evidence = [...((entity.evidence as Item[]) ?? []), evidenceOf(ctx.span)];
      });
      ctx.done(`“${ctx.span.quote}” is another name of ${id}.`);
      return null;
    },
    labelled('Entity', entityOptions('alias-entity', entitiesOf(ctx.state))),
    ...basisFields('alias'),
  );
}

/** The span as more evidence of an item of the dossier. */
export function evidenceForm(ctx: FormContext): HTMLElement {
  const items = [
    ...(['entities', 'events', 'claims', 'relationships'] as const).flatMap((key) =>
      ctx.state.list(key).map((item, i) => ({
        key,
        i,
        label:
          key === 'relationships'
            ? `${String(item.type)} ${String(item.from)} → ${String(item.to)}`
            : String(item.id),
      })),
    ),
  ];
  return formOf(
    'evidence-form',
    'More evidence of',
    (f) => {
      const chosen = items[Number(valueOf(f, 'evidence-item'))];
      if (!chosen) return 'The dossier has no item yet.';
      ctx.state.change(() => {
        const item = ctx.state.list(chosen.key)[chosen.i];
        item.evidence = [...((item.evidence as Item[]) ?? []), evidenceOf(ctx.span)];
      });
      ctx.done(`The span is evidence of ${chosen.label}.`);
      return null;
    },
    h(
      'select',
      { id: 'evidence-item' },
      ...items.map((item, n) => h('option', { value: String(n) }, item.label)),
    ),
  );
}
