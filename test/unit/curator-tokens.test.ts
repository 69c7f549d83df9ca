import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCuratorToken, CuratorTokens } from '../../src/api/auth/curator-tokens';

describe('curator tokens', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-tokens-'));
    file = path.join(dir, 'nested', 'tokens.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('knows each token it made, and no other', () => {
    const alice = addCuratorToken(file, ' Alice ');
    const bob = addCuratorToken(file, 'Bob');
    const tokens = new CuratorTokens(file);
    expect(tokens.size).toBe(2);
    expect(tokens.curatorOf(alice)).toMatchObject({ name: 'Alice' });
    expect(tokens.curatorOf(bob)).toMatchObject({ name: 'Bob' });
    const [, id, secret] = /^parley_([0-9a-f]{12})_(.{43})$/.exec(alice)!;
    const [, bobId] = /^parley_([0-9a-f]{12})_/.exec(bob)!;
    // Alice's secret under Bob's id, a changed secret, a cut one, and no token at all.
    expect(tokens.curatorOf(`parley_${bobId}_${secret}`)).toBeNull();
    expect(
      tokens.curatorOf(`parley_${id}_${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`),
    ).toBeNull();
    expect(tokens.curatorOf(`parley_${id}_${secret.slice(0, -1)}`)).toBeNull();
    expect(tokens.curatorOf('')).toBeNull();
  });

  it('reads the file again when it changes, so a new token counts at once', () => {
    const tokens = new CuratorTokens(file);
    expect(tokens.size).toBe(0);
    const later = addCuratorToken(file, 'Later');
    expect(tokens.curatorOf(later)).toMatchObject({ name: 'Later' });
    fs.rmSync(file);
    expect(tokens.curatorOf(later)).toBeNull();
  });

  it('refuses a file that is not a token file, and a name that is empty', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"tokens": [{"name": "x"}]}');
    expect(() => new CuratorTokens(file)).toThrow(/not a curator token file/);
    expect(() => addCuratorToken(path.join(dir, 'other.json'), '  ')).toThrow(/1 to 100/);
  });
});
