import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainWriteError, writeFileAtomic } from './file';

const fresh = () => mkdtempSync(join(tmpdir(), 'tactful-file-'));

describe('writeFileAtomic', () => {
  it('creates and then replaces the file, leaving no temp files', async () => {
    const dir = fresh();
    const path = join(dir, 'tactful.ics');
    await writeFileAtomic(path, 'one\r\n');
    expect(readFileSync(path, 'utf8')).toBe('one\r\n');
    await writeFileAtomic(path, 'two — ünïcode\r\n');
    expect(readFileSync(path, 'utf8')).toBe('two — ünïcode\r\n');
    expect(readdirSync(dir)).toEqual(['tactful.ics']);
  });

  it('keeps the permissions the user gave the file', async () => {
    const dir = fresh();
    const path = join(dir, 'private.ics');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    await writeFileAtomic(path, 'new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('explains a missing folder and leaves nothing behind', async () => {
    const dir = fresh();
    await expect(writeFileAtomic(join(dir, 'nope', 'x.ics'), 'x')).rejects.toThrow(/Could not write the calendar file .*x\.ics: the folder does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('explains a path that is a folder, and keeps the old content', async () => {
    const dir = fresh();
    const target = join(dir, 'calendar.ics');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(/Could not write the calendar file/);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['calendar.ics']);
  });

  it.each([
    ['ENOSPC', /the disk is full/],
    ['EACCES', /permission denied/],
    ['EPERM', /permission denied/],
    ['EROFS', /read-only/],
  ])('explains %s clearly', (code, pattern) => {
    // Simulated: a real full disk or (as root) a refused permission cannot be staged safely in a test.
    const cause = Object.assign(new Error(`${code}: raw`), { code });
    const err = explainWriteError(cause, '/home/me/tactful.ics');
    expect(err.message).toMatch(/^Could not write the calendar file \/home\/me\/tactful\.ics: /);
    expect(err.message).toMatch(pattern);
    expect((err as NodeJS.ErrnoException).code).toBe(code);
    expect(err.cause).toBe(cause);
  });
});
