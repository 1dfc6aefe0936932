import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTokenStore, SafeStorageTokenStore, mergeCredentials, type SafeStorageLike } from './tokens';

const creds = { refresh_token: 'r-1', access_token: 'a-1', expiry_date: 1000, scope: 's', token_type: 'Bearer' };

function fakeSafeStorage(backend: string, available = true): SafeStorageLike & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as ReturnType<SafeStorageLike['getSelectedStorageBackend']>,
    encryptString: (s: string) => {
      calls.push('encrypt');
      return Buffer.from(`ENC:${Buffer.from(s).toString('base64')}`);
    },
    decryptString: (b: Buffer) => {
      calls.push('decrypt');
      const t = b.toString();
      if (!t.startsWith('ENC:')) throw new Error('bad');
      return Buffer.from(t.slice(4), 'base64').toString();
    },
  };
}

const tempFile = async (name: string) => join(await mkdtemp(join(tmpdir(), 'tactful-tokens-')), 'sub', name);

describe('mergeCredentials', () => {
  it('keeps the refresh token when a refresh omits it', () => {
    expect(mergeCredentials(creds, { access_token: 'a-2', expiry_date: 2000, refresh_token: null })).toEqual({
      ...creds,
      access_token: 'a-2',
      expiry_date: 2000,
    });
  });
  it('takes a new refresh token when Google rotates it', () => {
    expect(mergeCredentials(creds, { refresh_token: 'r-2' })?.refresh_token).toBe('r-2');
  });
  it('is null without any refresh token', () => {
    expect(mergeCredentials(null, { access_token: 'a' })).toBeNull();
  });
});

describe('FileTokenStore', () => {
  it('round-trips with mode 0600 and clears', async () => {
    const file = await tempFile('google.json');
    const store = new FileTokenStore(file);
    expect(await store.load()).toBeNull();
    await store.save(creds);
    expect(await store.load()).toEqual(creds);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    await store.save({ ...creds, access_token: 'a-2' });
    expect((await store.load())?.access_token).toBe('a-2');
    await store.clear();
    expect(await store.load()).toBeNull();
    await store.clear(); // idempotent
  });
  it('reports a damaged file clearly', async () => {
    const file = await tempFile('google.json');
    const store = new FileTokenStore(file);
    await store.save(creds);
    await writeFile(file, '{"refresh');
    await expect(store.load()).rejects.toThrow(/damaged/);
  });
});

describe('SafeStorageTokenStore', () => {
  it('encrypts at rest', async () => {
    const file = await tempFile('google.bin');
    const safe = fakeSafeStorage('gnome_libsecret');
    const store = new SafeStorageTokenStore(safe, file, 'linux');
    await store.save(creds);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('r-1');
    expect(await store.load()).toEqual(creds);
    expect(safe.calls).toEqual(['encrypt', 'decrypt']);
  });
  it('refuses the plain-text basic_text backend on Linux', async () => {
    const store = new SafeStorageTokenStore(fakeSafeStorage('basic_text'), await tempFile('g.bin'), 'linux');
    await expect(store.save(creds)).rejects.toThrow(/plain text; it refuses/);
  });
  it('accepts whatever backend macOS reports', async () => {
    const store = new SafeStorageTokenStore(fakeSafeStorage('unknown'), await tempFile('g.bin'), 'darwin');
    await store.save(creds);
    expect(await store.load()).toEqual(creds);
  });
  it('refuses when encryption is unavailable', async () => {
    const store = new SafeStorageTokenStore(fakeSafeStorage('kwallet5', false), await tempFile('g.bin'), 'linux');
    await expect(store.save(creds)).rejects.toThrow(/no way to encrypt/);
  });
  it('explains an undecryptable file', async () => {
    const file = await tempFile('g.bin');
    const store = new SafeStorageTokenStore(fakeSafeStorage('kwallet5'), file, 'linux');
    await store.save(creds);
    await writeFile(file, 'garbage');
    await expect(store.load()).rejects.toThrow(/cannot be decrypted/);
  });
});
