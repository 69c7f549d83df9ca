import 'reflect-metadata';
import { extendSchema, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { buildParleySchema } from '../../src/api/schema';
import { type FieldEntry, fieldEntry, fieldTable } from '../../src/api/read/field-table';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildParleySchema();
});
const type = (name: string) => schema.getType(name) as GraphQLObjectType;

describe('the table of fields', () => {
  it('says how every field of every object type is read', () => {
    const table = fieldTable(schema);
    const fields = [...table.values()].reduce((sum, entries) => sum + entries.size, 0);
    const inSchema = [...table.keys()].reduce(
      (sum, object) => sum + Object.keys(object.getFields()).length,
      0,
    );
    expect(fields).toBe(inSchema);
    expect(table.has(type('Person'))).toBe(true);
  });

  it('refuses a schema with a field it has no entry for, naming it', () => {
    const extended = extendSchema(
      schema,
      parse('extend type Person { shoeSize: Int } extend type Relation { mood: String }'),
    );
    expect(() => fieldTable(extended)).toThrow(/Person\.shoeSize, Relation\.mood$/);
  });

  it('reads a field by its type first, then by the interfaces the type implements', () => {
    // `statements` walks from an entity to its claims, and is a claim's own texts.
    expect(fieldEntry(type('Person'), 'statements')).toMatchObject({ read: 'statement' });
    expect(fieldEntry(type('Claim'), 'statements')).toEqual({
      read: 'localized',
      prefix: 'statement_',
    });
    expect(fieldEntry(type('Role'), 'person')).toEqual({ read: 'end', end: 'start' });
    expect(fieldEntry(type('Role'), 'from')).toEqual({ read: 'end', end: 'start' });
    expect(fieldEntry(type('GraphNode'), 'node')).toEqual({ read: 'apart' });
    expect(fieldEntry(type('GraphNode'), 'label')).toEqual({ read: 'parent' });
  });

  it('gives every root one entry, Query.source among those one statement answers', () => {
    expect(fieldEntry(type('Query'), 'source')).toEqual({ read: 'root', oneStatement: true });
    expect(fieldEntry(type('Query'), 'officeHolders')).toEqual({
      read: 'root',
      oneStatement: false,
    });
  });

  it('shares one paging among the twins of lists that walk alike', () => {
    const country = fieldEntry(type('Country'), 'positionsConnection');
    const organization = fieldEntry(type('Organization'), 'positionsConnection');
    const issue = fieldEntry(type('Issue'), 'positionsConnection');
    const handler = (entry: FieldEntry | undefined) =>
      entry?.read === 'statement' ? entry.handler : undefined;
    expect(handler(country)).toMatchObject({ paging: true });
    expect(handler(country)).toBe(handler(organization));
    expect(handler(issue)).not.toBe(handler(country));
  });

  it('leaves the fields of a connection or edge type with their parent, but a root list counted apart', () => {
    expect(fieldEntry(type('RoleConnection'), 'totalCount')).toEqual({ read: 'parent' });
    expect(fieldEntry(type('RoleEdge'), 'cursor')).toEqual({ read: 'parent' });
    expect(fieldEntry(type('EntityConnection'), 'totalCount')).toEqual({ read: 'apart' });
  });
});
