import { describe, expect, it } from 'vitest';
import { fakeOverview } from '../test/fakeOverview';
import { defaultQuery, filterAndSort, fold, stageCounts } from './filters';

const apps = fakeOverview().applications;
const names = (q: Partial<typeof defaultQuery>) => filterAndSort(apps, { ...defaultQuery, ...q }).map((v) => v.application.company);

describe('filterAndSort', () => {
  it('sorts by next due step by default', () => {
    expect(names({})).toEqual(['Initech', 'Stark Logistics', 'Globex', 'Hooli']);
  });

  it('sorts by company', () => {
    expect(names({ sort: 'company' })).toEqual(['Globex', 'Hooli', 'Initech', 'Stark Logistics']);
  });

  it('searches company and role, ignoring case and accents', () => {
    expect(names({ search: 'HOO' })).toEqual(['Hooli']);
    expect(names({ search: 'qa eng' })).toEqual(['Initech']);
    expect(fold('Société Générale')).toBe('societe generale');
  });

  it('filters by stage', () => {
    expect(names({ stage: 'waiting' })).toEqual(['Hooli']);
    expect(names({ stage: 'active' })).toContain('Stark Logistics'); // the rejection still wants a reply
  });

  it('counts stages', () => {
    expect(stageCounts(apps).get('waiting')).toBe(1);
  });

  it('keeps 1,000 lanes fast', () => {
    const many = fakeOverview(1000).applications;
    const t = performance.now();
    filterAndSort(many, { ...defaultQuery, search: 'company 09' });
    filterAndSort(many, defaultQuery);
    expect(performance.now() - t).toBeLessThan(200);
  });
});
