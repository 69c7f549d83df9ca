import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { buildParleySchema } from './schema';

/** The committed SDL of the API, for clients and code generators. */
export const SCHEMA_SDL_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

const HEADER = '# Generated from the TypeGraphQL types by `npm run schema:emit`. Do not edit.\n\n';

/** The SDL the code defines, sorted so that the file only changes when the API does. */
export async function emittedSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildParleySchema())) + '\n';
}

/** True when the committed file is what the code emits. */
export async function schemaFileIsCurrent(): Promise<boolean> {
  const committed = fs.existsSync(SCHEMA_SDL_FILE) ? fs.readFileSync(SCHEMA_SDL_FILE, 'utf8') : '';
  return committed === (await emittedSchema());
}
