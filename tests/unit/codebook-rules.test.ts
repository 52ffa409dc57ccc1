import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/core/i18n/catalogue';
import { defaultCodebooks } from '../../src/core/model/defaults';
import { checkCodebookLabels, checkCodeLabels } from '../../src/core/rules/codebook-rules';
import { checkProject } from '../../src/core/rules/project-rules';
import { CodebookBuilder } from '../../src/core/format/field-common';
import { sampleData } from '../../scripts/build-sample';
import { worded } from '../helpers/refused';

const sectors = defaultCodebooks().sectors;
const kommune = sectors.find((s) => s.label.da === 'Kommune');
if (!kommune) throw new Error('the default codebook has no sector called Kommune');

describe('the names of a codebook', () => {
  it('refuse a new sector named as one there is, whatever its case and spacing, naming the field', () => {
    const entry = { key: 'kommune', label: { da: ' kommune ', en: 'Local authority' } };
    const problems = checkCodeLabels(entry, sectors, ['code', 'entry']);
    expect(problems).toEqual([{ path: ['code', 'entry', 'label', 'da'], key: 'rules.codeLabelInUse', params: { label: 'kommune' } }]);
    expect(worded(problems, 'da', 'form')).toEqual([{ where: 'Dansk navn', message: 'navnet "kommune" er allerede brugt i kodebogen' }]);
    expect(worded(problems, 'en', 'form')).toEqual([{ where: 'Danish name', message: 'the name "kommune" is already used in the codebook' }]);
  });

  it('refuse an English name taken by another entry, and read "aa" as "å" as a search does', () => {
    const entry = { key: 'x', label: { da: 'Aarhus', en: kommune.label.en.toUpperCase() } };
    const others = [...sectors, { key: 'y', label: { da: 'Århus', en: 'Y' } }];
    expect(checkCodeLabels(entry, others, []).map((p) => p.path)).toEqual([['label', 'da'], ['label', 'en']]);
  });

  it('let an entry keep its own name when it is saved again, and take a name no other has', () => {
    expect(checkCodeLabels(kommune, sectors, [])).toEqual([]);
    expect(checkCodeLabels({ ...kommune, label: { da: 'Region', en: 'Region' } }, sectors, [])).toEqual([]);
  });

  it('name the second sector of a project that takes a name, and nothing in the sample', () => {
    const codebooks = { ...defaultCodebooks(), sectors: [...sectors, { ...kommune, key: 'kommune2' }] };
    expect(checkCodebookLabels(codebooks).map((p) => p.path)).toEqual([
      ['codebooks', 'sectors', sectors.length, 'label', 'da'],
      ['codebooks', 'sectors', sectors.length, 'label', 'en'],
    ]);
    expect(checkProject({ ...sampleData(), codebooks }).map((p) => p.key)).toEqual(['rules.codeLabelInUse', 'rules.codeLabelInUse']);
    expect(checkCodebookLabels(sampleData().codebooks)).toEqual([]);
  });

  it('read the same in both languages of the catalogue', () => {
    for (const lang of ['da', 'en'] as const) expect(createTranslator(lang).t('rules.codeLabelInUse', { label: 'X' })).toContain('"X"');
  });

  it('let a default give way to a codebook table\'s entry of its name under a key of its own, so field data never brings two', () => {
    const book = new CodebookBuilder();
    book.set('sectors', { key: 'kommune', label: { da: 'Kommunen', en: 'Municipality' }, color: '#112233', definite: { da: '', en: '' } });
    expect(book.codebooks.sectors.filter((s) => s.label.en === 'Municipality').map((s) => s.key)).toEqual(['kommune']);
    expect(checkCodebookLabels(book.codebooks)).toEqual([]);
    // a project's own codes never give way: the rules refuse the clash instead
    const own = new CodebookBuilder(defaultCodebooks());
    own.set('sectors', { key: 'kommune', label: { da: 'Kommunen', en: 'Municipality' }, color: '#112233', definite: { da: '', en: '' } });
    expect(checkCodebookLabels(own.codebooks).map((p) => p.key)).toEqual(['rules.codeLabelInUse']);
  });
});
