import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getVariableValues,
  Kind,
  OperationDefinitionNode,
  visit,
} from 'graphql';
// graphql-js's own field collection (fragments, @skip/@include), exactly as execution runs it;
// internal to graphql 16, whose version package.json pins.
import { collectFields } from 'graphql/execution/collectFields';
import { answeredByRecord, answeredByStatement } from './selection-compiler';
import { memoPerObject } from './memo';
import { objectTypes, selectedFields } from './selected-fields';
import { fieldEntry } from './field-table';

type Variables = Record<string, unknown>;

// Per document: whether @skip/@include make its answer depend on variables, and past answers.
const conditionalMemo = memoPerObject<DocumentNode, boolean>(1);
const answerMemo = memoPerObject<DocumentNode, boolean>(64);

/**
 * Whether an operation is answered by one Cypher statement: it has one root field, of those the
 * compiler or the neighbourhood reads whole, and every field below it, on every type it may meet,
 * is read by that statement. Conservative: a field it does not know makes the answer no. It is a
 * prediction for the executor (see QueryExecutor.expectOneStatement); a wrong yes costs a second
 * transaction, never a wrong answer.
 */
export function answeredByOneStatement(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Variables = {},
): boolean {
  const conditional = conditionalMemo(document, '', () => hasConditionalDirectives(document));
  const key = `${operation.name?.value ?? ''}\u0000${conditional ? JSON.stringify(inputs) : ''}`;
  return answerMemo(document, key, () => predict(schema, document, operation, inputs));
}

function predict(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Variables,
): boolean {
  if (operation.operation !== 'query') return false;
  const { coerced: variables } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    inputs,
  );
  if (!variables) return false;
  const query = schema.getQueryType();
  if (!query) return false;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const roots = [...collectFields(schema, fragments, variables, query, operation.selectionSet)];
  if (roots.length !== 1) return false;
  const [, nodes] = roots[0];
  const name = nodes[0].name.value;
  // A root one statement reads whole, when everything below it is read by it (see FIELD_TABLE);
  // below a light root, only fields made of a record's own properties are.
  const root = fieldEntry(query, name);
  if (root?.read !== 'root' || !root.oneStatement) return false;
  const walk = new Walk(schema, fragments, variables, root.light ?? false);
  return walk.below(getNamedType(query.getFields()[name].type), nodes);
}

class Walk {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
    private readonly light: boolean,
  ) {}

  below(type: GraphQLNamedType, nodes: readonly FieldNode[]): boolean {
    if (!nodes.some((node) => node.selectionSet)) return true;
    return objectTypes(this.schema, type).every((runtime) => this.fields(runtime, nodes));
  }

  private fields(type: GraphQLObjectType, nodes: readonly FieldNode[]): boolean {
    const selection = {
      schema: this.schema,
      fragments: this.fragments,
      variableValues: this.variables,
    };
    for (const { name, nodes: fieldNodes } of selectedFields(selection, [type], nodes)) {
      if (name === '__typename') continue;
      // A field that comes with its parent (a page, a date, a neighbourhood's parts) is read with
      // it; one its resolver reads apart is not.
      const entry = fieldEntry(type, name);
      const read =
        entry?.read === 'parent' ||
        (entry?.read !== 'apart' &&
          (this.light
            ? answeredByRecord(type, name)
            : answeredByStatement(type, name, fieldNodes, this.variables)));
      if (!read) return false;
      const definition = type.getFields()[name];
      if (!definition || !this.below(getNamedType(definition.type), fieldNodes)) return false;
    }
    return true;
  }
}

/** Whether a document uses @skip or @include, so that its answer may depend on variables. */
function hasConditionalDirectives(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
}
