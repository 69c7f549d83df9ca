import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { runCli } from './run-cli';

/** `npm run db:schema`: applies schema/constraints.cypher (connecting applies it). */
runCli(async () => {
  const driver = await connectDatabase(loadConfig());
  await driver.close();
  console.log('Schema applied.');
});
