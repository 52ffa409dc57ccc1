import { describe, expect, it } from 'vitest';
import { matchesSearch, searchKey, sortByLabel } from '../../src/core/text/collate';

describe('Danish sorting', () => {
  it('puts Æ, Ø and Å after Z, in that order, and reads "Aa" as "Å"', () => {
    const names = ['Åse', 'Ærø', 'Zakaria', 'Aabenraa', 'Østergaard', 'Anders', 'Øbro'];
    expect(sortByLabel(names, (n) => n, 'da')).toEqual(['Anders', 'Zakaria', 'Ærø', 'Øbro', 'Østergaard', 'Aabenraa', 'Åse']);
  });

  it('ignores case, as a person scanning a list does', () => {
    expect(sortByLabel(['ørsted', 'Ærø', 'æble', 'Øster'], (n) => n, 'da')).toEqual(['æble', 'Ærø', 'ørsted', 'Øster']);
  });

  it('sorts numbers inside names by value', () => {
    expect(sortByLabel(['Gruppe 10', 'Gruppe 2', 'Gruppe 1'], (n) => n, 'da')).toEqual(['Gruppe 1', 'Gruppe 2', 'Gruppe 10']);
  });
});

describe('searching names', () => {
  it('finds Æ, Ø and Å regardless of case', () => {
    expect(matchesSearch('Søren Ærø', 'ærø')).toBe(true);
    expect(matchesSearch('ÅSE ØSTERGAARD', 'åse øst')).toBe(true);
    expect(matchesSearch('Søren Ærø', 'soren')).toBe(false);
  });

  it('finds the old spelling "aa" with "å" and the other way round', () => {
    expect(matchesSearch('Aabenraa Boldklub', 'åbenrå')).toBe(true);
    expect(matchesSearch('Åbenrå Boldklub', 'aabenraa')).toBe(true);
  });

  it('treats an empty query as matching everything', () => {
    expect(matchesSearch('Bro Kommune', '  ')).toBe(true);
  });

  it('normalises composed and decomposed letters alike', () => {
    expect(searchKey('A\u030Ase')).toBe(searchKey('Åse'));
  });
});
