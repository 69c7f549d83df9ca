import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { addCuratorToken } from '../api/auth/curator-tokens';
import { AppError, ErrorCode } from '../errors';
import { runCli } from './run-cli';

/**
 * `npm run token:new -- --name <curator> [--file <tokens.json>]`: makes a curator token, adds its
 * salted hash to the token file (PARLEY_CURATOR_TOKENS_FILE unless --file) and prints the token,
 * once: the file keeps only the hash. A running server picks the new token up at its next write.
 */
runCli(async () => {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, file: { type: 'string' } },
  });
  if (!values.name)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'usage: npm run token:new -- --name <curator> [--file <tokens.json>]',
    );
  const file = values.file ?? loadConfig().curatorTokensFile;
  const token = addCuratorToken(file, values.name);
  console.log(`Curator token for ${values.name.trim()} (shown once; ${file} keeps only its hash):`);
  console.log(token);
});
