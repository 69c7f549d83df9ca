import type { WalkSpec } from '../model/walks';
import type {
  EdgeFieldPlan,
  EdgePlan,
  LocalizedRead,
  NodeFieldPlan,
  NodePlan,
  PropsPlan,
} from './projection-plan';

/**
 * One element of the list a compiled statement returns for a node or a relationship. The writer
 * writes one Cypher expression per slot and the reader reads one value per slot, both walking the
 * same layout: a record's shape is named here, once, rather than agreed by position.
 */
export type Slot =
  /** A node's global id, and its labels. */
  | { kind: 'id' }
  | { kind: 'labels' }
  /** A relationship's id, type, or direction from the node it was read from. */
  | { kind: 'column'; column: 'id' | 'type' | 'direction' }
  /** Every property an answer is made of, when no field said which it reads. */
  | { kind: 'all' }
  /** The values of these keys, in this order (null where there is none). */
  | { kind: 'values'; keys: readonly string[] }
  /** [key, value] pairs of localized families: whole (`prefixes`), or one language of each. */
  | { kind: 'pairs'; prefixes: readonly string[]; localized: readonly LocalizedRead[] }
  /**
   * The node at a relationship's other end, read by `plan`. When the edge plan reads no more of
   * it than its id and labels and an end field reads that same node, the node is read once, by
   * the field's plan, and `also` names the field it answers too.
   */
  | { kind: 'other'; plan: NodePlan; also: string | null }
  /** A field computed for each node or relationship, by its plan. */
  | { kind: 'field'; field: NodeFieldPlan }
  | { kind: 'edgeField'; field: EdgeFieldPlan };

/**
 * The slots of a plan's properties: what no field reads is left out, as an empty list still costs
 * Neo4j a read of the keys and the driver a value for every node and relationship.
 */
function propsSlots(plan: PropsPlan): Slot[] {
  if (plan.keys === null) return [{ kind: 'all' }];
  const slots: Slot[] = plan.keys.length > 0 ? [{ kind: 'values', keys: plan.keys }] : [];
  // A family read whole needs no language of it besides.
  const localized = (plan.localized ?? []).filter((read) => !plan.prefixes.includes(read.prefix));
  if (plan.prefixes.length > 0 || localized.length > 0)
    slots.push({ kind: 'pairs', prefixes: plan.prefixes, localized });
  return slots;
}

// Plans are never changed once made (see compileSelection), so their layouts are kept with them.
const layouts = new WeakMap<PropsPlan, readonly Slot[]>();

function layoutOf<P extends PropsPlan>(plan: P, make: (plan: P) => Slot[]): readonly Slot[] {
  let layout = layouts.get(plan);
  if (!layout) {
    layout = make(plan);
    layouts.set(plan, layout);
  }
  return layout;
}

/** `[id, labels, props…, field…]`. */
export function nodeLayout(plan: NodePlan): readonly Slot[] {
  return layoutOf(plan, (node) => [
    { kind: 'id' },
    { kind: 'labels' },
    ...propsSlots(node),
    ...node.fields.map((field): Slot => ({ kind: 'field', field })),
  ]);
}

/**
 * `[column…, props…, other, field…]`: only the columns asked for. `direction` is the walk's, which
 * says which end of the relationship is the other one.
 */
export function relationLayout(plan: EdgePlan, direction: WalkSpec['direction']): readonly Slot[] {
  return layoutOf(plan, (edge) => {
    const shared = isBare(edge.other)
      ? edge.fields.find((field) => readsOther(field, direction))
      : undefined;
    const other: Slot =
      shared?.kind === 'end'
        ? { kind: 'other', plan: shared.plan, also: shared.key }
        : { kind: 'other', plan: edge.other, also: null };
    return [
      ...edge.columns.map((column): Slot => ({ kind: 'column', column })),
      ...propsSlots(edge),
      other,
      ...edge.fields
        .filter((field) => field !== shared)
        .map((field): Slot => ({ kind: 'edgeField', field })),
    ];
  });
}

/** A node plan that reads the id and labels alone, which every node plan reads. */
const isBare = (plan: NodePlan) =>
  plan.keys !== null &&
  plan.keys.length === 0 &&
  plan.prefixes.length === 0 &&
  !plan.localized?.length &&
  plan.fields.length === 0;

/** Whether an edge field is the node at the other end, for a walk in `direction`. */
function readsOther(field: EdgeFieldPlan, direction: WalkSpec['direction']): boolean {
  if (field.kind !== 'end') return false;
  if (field.end === 'other') return true;
  // A walk both ways knows which end is the other only row by row.
  if (direction === 'BOTH') return false;
  return (direction === 'OUT') !== (field.end === 'start');
}
