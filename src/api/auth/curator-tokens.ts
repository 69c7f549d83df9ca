import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError, ErrorCode } from '../../errors';

/**
 * Curator tokens: `parley_<id>_<secret>`. The file (PARLEY_CURATOR_TOKENS_FILE) keeps, for each,
 * the curator's name, the id, a random salt and the SHA-256 of salt and secret; never the token.
 * The secret is 32 random bytes, so a fast hash is enough: nothing can be guessed from it that
 * a search over 2^256 secrets would not find (a slow password hash is for secrets people choose).
 * The id finds the entry, so a check costs one hash whatever the number of curators.
 */
const TOKEN = /^parley_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

const Entry = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  name: z.string().min(1).max(100),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  created: z.string(),
});
const TokenFile = z.strictObject({ tokens: z.array(Entry) });
type Entry = z.infer<typeof Entry>;

const digest = (salt: string, secret: string) =>
  createHash('sha256').update(salt).update(secret).digest();

// Compared against when the id is unknown, so that a wrong id costs what a wrong secret does.
const DECOY: Entry = {
  id: '000000000000',
  name: '',
  salt: '0'.repeat(32),
  sha256: '0'.repeat(64),
  created: '',
};

/** A token's id and its curator's name. */
export interface Curator {
  id: string;
  name: string;
}

/** The curator a token belongs to, or null: the secret compared in constant time. */
export function curatorOf(entries: ReadonlyMap<string, Entry>, token: string): Curator | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, id, secret] = match;
  const entry = entries.get(id);
  const equal = timingSafeEqual(
    digest((entry ?? DECOY).salt, secret),
    Buffer.from((entry ?? DECOY).sha256, 'hex'),
  );
  return entry && equal ? { id: entry.id, name: entry.name } : null;
}

function readEntries(file: string): Map<string, Entry> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  let parsed: z.infer<typeof TokenFile>;
  try {
    parsed = TokenFile.parse(JSON.parse(text));
  } catch (error) {
    throw new AppError(
      ErrorCode.CONFIGURATION_ERROR,
      `${file} is not a curator token file (make one with npm run token:new): ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return new Map(parsed.tokens.map((entry) => [entry.id, entry]));
}

/**
 * The token file as the server reads it: read again when it changes, so that a token made or
 * removed while the server runs counts from the next write.
 */
export class CuratorTokens {
  private entries = new Map<string, Entry>();
  private stamp = '';

  constructor(readonly file: string) {
    this.refresh();
  }

  /** How many tokens may write now. */
  get size(): number {
    this.refresh();
    return this.entries.size;
  }

  /** The curator a token belongs to, or null. */
  curatorOf(token: string): Curator | null {
    this.refresh();
    return curatorOf(this.entries, token);
  }

  private refresh(): void {
    let stamp = 'absent';
    try {
      const stat = fs.statSync(this.file);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      // An absent file holds no tokens.
    }
    if (stamp === this.stamp) return;
    this.entries = readEntries(this.file);
    this.stamp = stamp;
  }
}

/**
 * Makes a token for a curator and adds its hash to the file (created with mode 600 if absent).
 * Returns the token: it is shown once and kept nowhere.
 */
export function addCuratorToken(file: string, name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100)
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'a curator name is 1 to 100 characters');
  const entries = readEntries(file);
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  entries.set(id, {
    id,
    name: trimmed,
    salt,
    sha256: digest(salt, secret).toString('hex'),
    created: new Date().toISOString(),
  });
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Written whole to a new file, then renamed over the old: a server reading it never sees half.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify({ tokens: [...entries.values()] }, null, 2)}\n`, {
    mode: 0o600,
  });
  fs.renameSync(temporary, file);
  return `parley_${id}_${secret}`;
}
