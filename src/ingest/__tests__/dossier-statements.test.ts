import {
  diffStatements,
  nodeStatement,
  remainder,
  statementsHash,
  statementText,
} from '../dossier-statements';

const node = nodeStatement;

describe('dossier statements', () => {
  it('are stored as the same text whatever the order of their properties', () => {
    expect(statementText(node({ a: 1, b: 'x' }))).toBe(statementText(node({ b: 'x', a: 1 })));
    const one = new Map([['x', node({ a: 1 })]]);
    expect(statementsHash('d', one)).toBe(statementsHash('d', new Map(one)));
    expect(statementsHash('d', one)).not.toBe(statementsHash('e', one));
    expect(statementsHash('d', one)).not.toBe(
      statementsHash('d', new Map([['x', node({ a: 2 })]])),
    );
  });

  it('differ by item: added, changed and removed', () => {
    const stored = new Map([
      ['kept', 'same'],
      ['changed', 'before'],
      ['gone', 'anything'],
    ]);
    const next = new Map([
      ['kept', 'same'],
      ['changed', 'after'],
      ['new', 'fresh'],
    ]);
    expect(diffStatements(stored, next)).toEqual({
      added: ['new'],
      changed: ['changed'],
      removed: ['gone'],
    });
  });

  it('leave an item nothing when no statement remains', () => {
    expect(remainder(node({ a: 1 }), [])).toMatchObject({ unsupported: true });
  });

  it('take out what only the ended statement gave, later statements winning a property', () => {
    const old = node(
      { name_en: 'Donbas', description_en: 'old words', extent: 'all' },
      { aliases: ['en:Donbass', 'ar:دونباس'], evidence: ['e1', 'e2'] },
    );
    const rest = remainder(old, [
      node({ name_en: 'Donbas region' }, { aliases: ['ar:دونباس'], evidence: ['e2'] }),
      node({ name_en: 'Donbas', extent: 'parts' }, { evidence: ['e3'] }),
    ]);
    expect(rest).toEqual({
      unsupported: false,
      props: { name_en: 'Donbas', extent: 'parts', description_en: null },
      aliases: ['en:Donbass'],
      evidence: ['e1'],
    });
  });

  it('keep an item only referred to as its last statement left it', () => {
    const rest = remainder(node({ name_en: 'Donbas' }, { aliases: ['en:Donbass'] }), [node(null)]);
    expect(rest).toEqual({ unsupported: false, props: {}, aliases: ['en:Donbass'], evidence: [] });
  });
});
