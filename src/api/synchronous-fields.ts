import {
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

// The parts of TypeGraphQL's metadata read here (exported as getMetadataStorage, typed loosely).
interface ParamMetadata {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
}
interface FieldMetadata {
  name: string;
  schemaName: string;
  target: unknown;
  middlewares?: unknown[];
  roles?: unknown[];
}
interface TypeMetadata {
  name: string;
  target: unknown;
  fields?: FieldMetadata[];
  interfaceClasses?: unknown[];
  resolveType?: (...args: unknown[]) => unknown;
}
interface FieldResolverMetadata {
  kind: 'internal' | 'external';
  target: new () => Record<string, unknown>;
  methodName: string;
  params?: ParamMetadata[];
  getObjectType?: () => unknown;
}
interface Storage {
  objectTypes: TypeMetadata[];
  interfaceTypes: TypeMetadata[];
  fieldResolvers: FieldResolverMetadata[];
}

const PLAIN_PARAMS = new Set(['root', 'arg', 'context', 'info']);
const isPlain = (value: unknown) => value === null || typeof value !== 'object';

/**
 * Field resolvers that take arguments, answered without a promise. TypeGraphQL checks every
 * `@Arg` in an async function, so `name(lang:)` returns a promise even though its method does
 * not; graphql-js then completes each parent through promises, object by object. Parley builds its
 * schema with validation off and no middleware or auth checker, so for a resolver whose
 * parameters are the root, arguments, the context and the info, TypeGraphQL's handler only
 * passes them on: here its method is called with them directly. Whatever this does not do as
 * TypeGraphQL would (an argument that is an input object, a root of another class, a parameter
 * of another kind) still goes through TypeGraphQL's handler.
 *
 * A field with no resolver of its own is read as its parent's property. TypeGraphQL gives it a
 * resolver that reads the same property through its middleware chain; an executor must then
 * call it, with a resolve info, for every field of every object, where a property is read in
 * place.
 */
export function resolveFieldsSynchronously(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage() as unknown as Storage;
  const instances = new Map<FieldResolverMetadata['target'], Record<string, unknown>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const metadata = storage.objectTypes.find((t) => t.name === type.name);
    if (!metadata) continue;
    // An object type's fields are its interfaces' and its own, as TypeGraphQL builds them.
    const fields = [
      ...storage.interfaceTypes
        .filter((it) => metadata.interfaceClasses?.includes(it.target))
        .flatMap((it) => it.fields ?? []),
      ...(metadata.fields ?? []),
    ];
    for (const fieldMetadata of fields) {
      const resolver = storage.fieldResolvers.find(
        (r) => r.getObjectType?.() === fieldMetadata.target && r.methodName === fieldMetadata.name,
      );
      const field = type.getFields()[fieldMetadata.schemaName];
      if (!resolver && field && isPlainProperty(fieldMetadata)) {
        field.resolve = undefined;
        continue;
      }
      const params = resolver?.params ?? [];
      if (!resolver || resolver.kind !== 'external' || !field?.resolve) continue;
      if (!params.some((p) => p.kind === 'arg')) continue;
      if (!params.every((p) => PLAIN_PARAMS.has(p.kind) && !p.propertyName)) continue;
      let instance = instances.get(resolver.target);
      if (!instance) {
        instance = new resolver.target();
        instances.set(resolver.target, instance);
      }
      field.resolve = direct(instance, resolver.methodName, params, field.resolve);
    }
  }
  return schema;
}

/** A field TypeGraphQL reads as the property of the same name, with nothing around the read. */
const isPlainProperty = (field: FieldMetadata) =>
  field.name === field.schemaName && !field.middlewares?.length && !field.roles?.length;

function direct(
  instance: Record<string, unknown>,
  methodName: string,
  params: readonly ParamMetadata[],
  viaTypeGraphQL: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  const method = instance[methodName] as (...values: unknown[]) => unknown;
  return (root, args, context, info) => {
    const values: unknown[] = [];
    for (const param of params) {
      let value: unknown;
      if (param.kind === 'root') {
        const Type = param.getType?.();
        if (typeof Type === 'function' && !(root instanceof Type))
          return viaTypeGraphQL(root, args, context, info);
        value = root;
      } else if (param.kind === 'arg') {
        value = (args as Record<string, unknown>)[param.name!];
        // Scalars, enums and lists of them are passed on as they are; input objects are made
        // into their classes by TypeGraphQL.
        if (!isPlain(value) && !(Array.isArray(value) && value.every(isPlain)))
          return viaTypeGraphQL(root, args, context, info);
      } else value = param.kind === 'context' ? context : info;
      values[param.index] = value;
    }
    return method.apply(instance, values);
  };
}

/**
 * Interfaces whose type is known without a promise. TypeGraphQL wraps an interface's
 * `resolveType` in an async function, so every value of an interface type (an entity, an event,
 * a relationship, a node) completed through a promise, and with it every object above it: a
 * whole answer was built promise by promise. Parley's `resolveType`s give the type's name, so
 * it is returned as it is; anything else (a class, a promise) still goes through TypeGraphQL.
 */
export function resolveTypesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage() as unknown as Storage;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInterfaceType(type) || !type.resolveType) continue;
    const own = storage.interfaceTypes.find((t) => t.name === type.name)?.resolveType;
    if (!own) continue;
    const viaTypeGraphQL = type.resolveType;
    const direct: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstractType) => {
      const resolved = own(value, context, info, abstractType);
      return typeof resolved === 'string'
        ? resolved
        : viaTypeGraphQL(value, context, info, abstractType);
    };
    type.resolveType = direct;
  }
  return schema;
}
