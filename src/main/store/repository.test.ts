import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyStore } from '../../shared/domain/store';
import { confBacking } from './conf-backing';
import { Repository } from './repository';

const now = new Date('2026-10-20T12:00:00Z');
const dir = () => mkdtempSync(join(tmpdir(), 'tactful-store-'));
const file = (d: string) => join(d, 'tactful-data.json');

const application = {
  id: 'app-1',
  company: 'Globex',
  role: 'Data Analyst',
  notes: '',
  decisions: { steps: {} },
  createdAt: '2026-10-01T00:00:00.000Z',
};

describe('Repository', () => {
  it('creates a fresh, valid file and reads back what it wrote', () => {
    const d = dir();
    const { repo, notice } = Repository.open(d, confBacking, now);
    expect(notice).toBeUndefined();
    repo.update((s) => {
      s.applications.push(application);
    });
    const again = Repository.open(d, confBacking, now).repo;
    expect(again.read().applications).toEqual([application]);
    expect(JSON.parse(readFileSync(file(d), 'utf8')).schemaVersion).toBe(1);
  });

  it('moves a corrupt file aside with a timestamp, keeps its bytes, and starts with a clear message', () => {
    const d = dir();
    const garbage = '{"schemaVersion": 1, "applications": [ {"id": "app-1", ';
    writeFileSync(file(d), garbage);
    const { repo, notice } = Repository.open(d, confBacking, now);
    expect(notice).toMatch(/could not read its data file \(it is not valid JSON/);
    const aside = readdirSync(d).find((f) => f.startsWith('tactful-data.corrupt-2026-10-20T12-00-00'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(d, aside!), 'utf8')).toBe(garbage);
    expect(repo.read().applications).toEqual([]);
    // The new file is valid again.
    expect(Repository.open(d, confBacking, now).notice).toBeUndefined();
  });

  it('salvages every record that still validates after a hand edit broke one', () => {
    const d = dir();
    const good = { ...emptyStore(), applications: [application, { ...application, id: 'app 2 has spaces' }] };
    const interview = {
      id: 'google:primary:evt1',
      applicationId: 'app-1',
      source: 'google',
      calendarId: 'primary',
      eventId: 'evt1',
      title: 'Globex phone screen',
      start: '2026-10-05T14:00:00.000Z',
      end: '2026-10-05T14:30:00.000Z',
      timeZone: 'America/New_York',
      kind: 'phone',
      interviewers: [{ name: 'Hannah Lee' }],
      round: 1,
      status: 'scheduled',
      confidence: 0.9,
      reasons: ['title says "phone screen"'],
      review: 'confirmed',
      detectedAt: '2026-10-01T00:00:00.000Z',
    };
    writeFileSync(file(d), JSON.stringify({ ...good, interviews: [interview], sampleMode: 'yes' }));
    const { repo, notice } = Repository.open(d, confBacking, now);
    expect(notice).toMatch(/1 applications and 1 interviews were recovered/);
    expect(repo.read().applications.map((a) => a.id)).toEqual(['app-1']);
    expect(repo.read().interviews).toHaveLength(1);
    expect(readdirSync(d).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('migrates a file written before schema versions', () => {
    const d = dir();
    const { schemaVersion: _, ...old } = { ...emptyStore(), applications: [application] };
    writeFileSync(file(d), JSON.stringify(old));
    const { repo, notice } = Repository.open(d, confBacking, now);
    expect(notice).toBeUndefined();
    expect(repo.read().applications).toHaveLength(1);
    expect(JSON.parse(readFileSync(file(d), 'utf8')).schemaVersion).toBe(1);
  });

  it('refuses to overwrite a file from a newer version: keeps it aside and says so', () => {
    const d = dir();
    writeFileSync(file(d), JSON.stringify({ ...emptyStore(), schemaVersion: 99 }));
    const { notice } = Repository.open(d, confBacking, now);
    expect(notice).toMatch(/newer Tactful \(schema 99/);
    expect(readdirSync(d).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('rejects an update that would make the data invalid and keeps the old data', () => {
    const { repo } = Repository.open(dir(), confBacking, now);
    expect(() =>
      repo.update((s) => {
        s.applications.push({ ...application, company: '' });
      }),
    ).toThrow();
    expect(repo.read().applications).toEqual([]);
  });
});

describe('a full disk', () => {
  it('refuses the change with a clear sentence and keeps the old data, in memory and on disk', () => {
    const d = dir();
    let failing = false;
    const real = confBacking;
    const flaky: typeof confBacking = (cwd, name) => {
      const backing = real(cwd, name);
      return {
        get path() {
          return backing.path;
        },
        get store() {
          return backing.store;
        },
        set store(value) {
          if (failing) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          backing.store = value;
        },
      };
    };
    const { repo } = Repository.open(d, flaky, now);
    repo.update((s) => {
      s.applications.push(application);
    });
    failing = true;
    expect(() =>
      repo.update((s) => {
        s.applications[0]!.notes = 'lost?';
      }),
    ).toThrow(/not saved because the disk is full/);
    expect(repo.read().applications[0]!.notes).toBe('');
    expect(JSON.parse(readFileSync(file(d), 'utf8')).applications[0].notes).toBe('');
  });
});

describe('two processes on one file (the app and the CLI)', () => {
  it('each starts from the other\'s latest write, so neither undoes the other', () => {
    const d = dir();
    const app = Repository.open(d, confBacking, now).repo;
    const cli = Repository.open(d, confBacking, now).repo;
    app.update((s) => {
      s.applications.push(application);
    });
    cli.update((s) => {
      s.applications[0]!.notes = 'noted from the terminal';
    });
    expect(app.read().applications[0]!.notes).toBe('noted from the terminal');
    app.update((s) => {
      s.applications[0]!.company = 'Globex Corporation';
    });
    const onDisk = JSON.parse(readFileSync(file(d), 'utf8'));
    expect(onDisk.applications[0]).toMatchObject({ company: 'Globex Corporation', notes: 'noted from the terminal' });
  });
});
