import fs from 'node:fs';
import { emittedSchema, SCHEMA_SDL_FILE, schemaFileIsCurrent } from '../api/schema-file';
import { runCli } from './run-cli';

/** `npm run schema:emit` writes schema/schema.graphql; `npm run schema:check` fails when it is stale. */
runCli(async () => {
  if (process.argv[2] === 'check') {
    if (!(await schemaFileIsCurrent())) {
      console.error(
        `${SCHEMA_SDL_FILE} differs from what the code emits: run npm run schema:emit and commit it.`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`${SCHEMA_SDL_FILE} is current.`);
    return;
  }
  fs.writeFileSync(SCHEMA_SDL_FILE, await emittedSchema());
  console.log(`Wrote ${SCHEMA_SDL_FILE}.`);
});
