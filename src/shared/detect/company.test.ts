import { describe, expect, it } from 'vitest';
import { assignApplication, companyKey, sameCompany, sameRole } from './company';

describe('companyKey / sameCompany', () => {
  it('normalises legal forms, case and punctuation', () => {
    expect(companyKey('ACME Robotics Inc.')).toBe('acme robotics');
    expect(companyKey('Kronberg Software GmbH')).toBe('kronberg software');
    expect(companyKey('Proseware, Inc.')).toBe('proseware');
    expect(companyKey('Société Générale S.A.')).toBe('societe generale');
    expect(companyKey('Orchard & Vine LLC')).toBe('orchard and vine');
  });

  it.each([
    ['Acme', 'Acme Robotics', true],
    ['Acme Robotics', 'ACME Robotics Inc.', true],
    ['Acme', 'ACME Robotics Inc.', true],
    ['Lumenlabs', 'Lumen Labs', true],
    ['Adventure-Works', 'Adventure Works Ltd', true],
    ['Acme', 'Globex', false],
    ['Meta', 'Metal Works', false],
    ['', 'Acme', false],
    ['Inc.', 'LLC', false],
    ['Groupe Lysane', 'Lysane', true],
    ['Grupo Kora', 'Kora Digital', true],
    ['Groupe', 'Lysane', false],
    ['Château Lauzac-Ségure', 'Lauzac-Ségure', true],
    ['Maison Dussaut & Fils', 'Dussaut & Fils', true],
    ['Restaurant Solstice', 'Solstice', true],
    ['Château', 'Lauzac-Ségure', false],
    ['École Les Tilleuls', 'Les Tilleuls - Uccle', true],
    ['VBS De Kleine Prins', 'De Kleine Prins', true],
    ['GO! Scholengroep Leie-Schelde', 'Scholengroep Leie-Schelde', true],
    ['Uitgeverij Zonnewijzer', 'Zonnewijzer', true],
    ['Colegio Bilingüe El Quejigal', 'El Quejigal', true],
    ['École', 'Les Tilleuls', false],
    ['Pflegedienst Isarherz', 'Isarherz', true],
    ['Supermercados Dorvel', 'Dorvel', true],
    ['Biscuiterie Le Goëlo', 'Le Goëlo', true],
    ['Woonzorg Oudwijk', 'Oudwijk', true],
    ['Clínica', 'Clínica Veterinaria Mar Blau', false],
    ['GO Transit', 'Transit Systems', false],
    ['Ste-Ysaline', 'Sainte Ysaline', true],
    ['St. Gallen Kantonalbank', 'Sankt Gallen Kantonalbank', true],
    ['Main St', 'Main Saint', false],
    ['Mt. Carroll', 'Mount Carroll College', true],
    ['Ft. Collins Utilities', 'Fort Collins Utilities', true],
    ['Mt', 'Mount', false],
    ['Midwest Tenant Justice Ctr', 'Midwest Tenant Justice Center', true],
    ['Lakeview Med Ctr', 'Lakeview Medical Center', true],
    ['Natl Assn of Dental Plans', 'National Association of Dental Plans', true],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(sameCompany(a, b)).toBe(same);
    expect(sameCompany(b, a)).toBe(same);
  });
});

describe('sameRole', () => {
  it('matches a title and its longer spelling', () => {
    expect(sameRole('Data Analyst', 'Data Analyst, Commercial Insights')).toBe(true);
    expect(sameRole('Senior Software Engineer', 'Software Engineer')).toBe(true);
    expect(sameRole('Data Engineer (m/w/d)', 'Data Engineer')).toBe(true);
    expect(sameRole('Data Analyst', 'Backend Engineer')).toBe(false);
  });
});

describe('assignApplication', () => {
  const apps = [
    { id: 'a1', company: 'Acme Robotics', role: 'Backend Engineer' },
    { id: 'g1', company: 'Globex', role: 'Data Analyst' },
    { id: 'g2', company: 'Globex Corporation', role: 'Product Manager' },
    { id: 'l1', company: 'Lumen Labs', role: null },
  ];
  it('joins the same company and a compatible role across rounds', () => {
    expect(assignApplication({ company: 'ACME Robotics Inc.', role: 'Backend Engineer' }, apps)).toBe('a1');
    expect(assignApplication({ company: 'Acme', role: 'Senior Backend Engineer' }, apps)).toBe('a1');
    expect(assignApplication({ company: 'Globex', role: 'Data Analyst, Commercial Insights' }, apps)).toBe('g1');
    expect(assignApplication({ company: 'Globex', role: 'Product Manager' }, apps)).toBe('g2');
  });
  it('joins a null role to the company’s only application', () => {
    expect(assignApplication({ company: 'Acme Robotics', role: null }, apps)).toBe('a1');
  });
  it('fills an application that had no role yet', () => {
    expect(assignApplication({ company: 'Lumenlabs', role: 'Founding Data Analyst' }, apps)).toBe('l1');
  });
  it('starts a new application for another company or another role', () => {
    expect(assignApplication({ company: 'Initech', role: null }, apps)).toBeNull();
    expect(assignApplication({ company: 'Acme Robotics', role: 'Office Manager' }, apps)).toBeNull();
    expect(assignApplication({ company: 'Acme', role: null }, [])).toBeNull();
  });
});

describe('sameCompany: French hospitals, care homes and articles (session 17)', () => {
  it('reads a public hospital\'s letters as its name written out', () => {
    expect(sameCompany('CH Loire-Erdre', 'Centre hospitalier Loire-Erdre')).toBe(true);
    expect(sameCompany('CHU de Nantes', 'Centre Hospitalier Universitaire de Nantes')).toBe(true);
    expect(sameCompany('CH Loire-Erdre', 'CHU Loire-Erdre')).toBe(false);
  });
  it('reads a care home\'s "EHPAD" and a leading article as no part of its name', () => {
    expect(sameCompany('Ehpad Leclosfleuri', 'Le Clos Fleuri')).toBe(true);
    expect(sameCompany('EHPAD Jardins de Procé', 'Les Jardins de Procé')).toBe(true);
    expect(sameCompany('La Poste', 'Poste Italiane')).toBe(false);
  });
});
