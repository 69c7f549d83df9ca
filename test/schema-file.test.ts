import { schemaFileIsCurrent } from '../src/api/schema-file';

describe('schema/schema.graphql', () => {
  it('is what the code emits (run npm run schema:emit after changing types)', async () => {
    expect(await schemaFileIsCurrent()).toBe(true);
  });
});
