import { stringify } from 'yaml';
import { DossierSchema } from './dossier.schema';

/** The parts of a zod schema's definition the walk reads. */
interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  options?: unknown[];
  valueType?: unknown;
  innerType?: unknown;
  in?: unknown;
}
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** The object schema a value stands for, under optional, default, pipe and union wrappers. */
function shapeOf(schema: unknown, value: Record<string, unknown>): Def | undefined {
  const def = defOf(schema);
  switch (def?.type) {
    case 'object':
      return def;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return shapeOf(def.innerType, value);
    case 'pipe':
      return shapeOf(def.in, value);
    case 'union': {
      // The option that declares every key the value has (a basis is told apart by its keys).
      const shapes = (def.options as unknown[])
        .map((option) => shapeOf(option, value))
        .filter((shape): shape is Def => shape !== undefined);
      return (
        shapes.find((shape) => Object.keys(value).every((key) => key in (shape.shape ?? {}))) ??
        shapes[0]
      );
    }
    case 'record':
      return def;
    default:
      return undefined;
  }
}

function elementOf(schema: unknown): unknown {
  const def = defOf(schema);
  switch (def?.type) {
    case 'array':
      return def.element;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return elementOf(def.innerType);
    case 'pipe':
      return elementOf(def.in);
    case 'union':
      return (def.options as unknown[]).map(elementOf).find((element) => element !== undefined);
    default:
      return undefined;
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The value with every map's keys in the order its schema declares them (a key the schema does
 * not know after them, by name); a record's keys (languages) by name.
 */
function ordered(value: unknown, schema: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, elementOf(schema)));
  if (!value || typeof value !== 'object') return value;
  const map = value as Record<string, unknown>;
  const shape = shapeOf(schema, map);
  const keys = shape?.type === 'object' ? Object.keys(shape.shape ?? {}) : [];
  const rank = (key: string) => {
    const at = keys.indexOf(key);
    return at < 0 ? Infinity : at;
  };
  const childSchema = (key: string) =>
    shape?.type === 'object'
      ? shape.shape?.[key]
      : shape?.type === 'record'
        ? shape.valueType
        : undefined;
  return Object.fromEntries(
    Object.keys(map)
      .filter((key) => map[key] !== undefined)
      .sort((a, b) => rank(a) - rank(b) || byName(a, b))
      .map((key) => [key, ordered(map[key], childSchema(key))]),
  );
}

/**
 * A dossier as YAML in one stable form: keys in a fixed order, no line folding, no anchors. The
 * same content always gives the same bytes, so a dossier kept in git changes by the lines its
 * content changed. Comments are not kept: the form is written from the data.
 */
export function dossierYaml(dossier: unknown): string {
  return stringify(ordered(dossier, DossierSchema), {
    lineWidth: 0,
    aliasDuplicateObjects: false,
    indentSeq: true,
  });
}
