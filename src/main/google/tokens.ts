import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { z } from 'zod';

/** What Tactful keeps of a Google sign-in; the refresh token is the part that matters. */
export const StoredCredentialsSchema = z.object({
  refresh_token: z.string().min(1),
  access_token: z.string().optional(),
  expiry_date: z.number().optional(),
  scope: z.string().optional(),
  token_type: z.string().optional(),
  id_token: z.string().optional(),
});
export type StoredCredentials = z.infer<typeof StoredCredentialsSchema>;

/** Where the Google credentials live between runs. */
export interface TokenStore {
  load(): Promise<StoredCredentials | null>;
  save(credentials: StoredCredentials): Promise<void>;
  clear(): Promise<void>;
}

/** Tokens as google-auth-library hands them over (nulls included). */
export interface TokenUpdate {
  refresh_token?: string | null;
  access_token?: string | null;
  expiry_date?: number | null;
  scope?: string | null;
  token_type?: string | null;
  id_token?: string | null;
}

/** Merges a refresh result into what we had: Google omits the refresh token on refresh, so keep ours. */
export function mergeCredentials(previous: StoredCredentials | null, update: TokenUpdate): StoredCredentials | null {
  const merged: Record<string, unknown> = { ...(previous ?? {}) };
  for (const [key, value] of Object.entries(update)) {
    if (value !== null && value !== undefined && value !== '') merged[key] = value;
  }
  const parsed = StoredCredentialsSchema.safeParse(merged);
  return parsed.success ? parsed.data : null;
}

/** Writes via a temp file + rename so a crash never leaves half a token file; 0600 = only the user can read it. */
async function writeAtomic(filePath: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true, mode: 0o700 });
  const tmp = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, data, { mode: 0o600 });
    await chmod(tmp, 0o600); // umask cannot widen it, but a pre-existing file could have kept old bits
    await rename(tmp, filePath);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

async function readIfExists(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function parseStored(text: string, where: string): StoredCredentials {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The saved Google sign-in in ${where} is damaged; disconnect and connect Google again.`);
  }
  const parsed = StoredCredentialsSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The saved Google sign-in in ${where} is incomplete; disconnect and connect Google again.`);
  return parsed.data;
}

/** Plain JSON file with mode 0600, for the CLI (no Electron, no keyring). */
export class FileTokenStore implements TokenStore {
  constructor(private readonly filePath: string) {}

  /** Reads the saved credentials, or null when none. */
  async load(): Promise<StoredCredentials | null> {
    const raw = await readIfExists(this.filePath);
    return raw ? parseStored(raw.toString('utf8'), this.filePath) : null;
  }

  /** Saves atomically, readable only by the user. */
  async save(credentials: StoredCredentials): Promise<void> {
    await writeAtomic(this.filePath, JSON.stringify(StoredCredentialsSchema.parse(credentials)));
  }

  /** Forgets the credentials. */
  async clear(): Promise<void> {
    await rm(this.filePath, { force: true });
  }
}

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/** Encrypted with Electron safeStorage (Keychain, DPAPI, libsecret/kwallet); refuses plain-text fallbacks. */
export class SafeStorageTokenStore implements TokenStore {
  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly filePath: string,
    private readonly platform: NodeJS.Platform,
  ) {}

  private assertSecure(): void {
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new Error(
        'Your system offers no way to encrypt secrets for Tactful, so it will not store your Google sign-in. ' +
          'Unlock or install your keychain / keyring and try again.',
      );
    }
    if (this.platform === 'linux' && this.safeStorage.getSelectedStorageBackend() === 'basic_text') {
      throw new Error(
        'No system keyring was found (GNOME Keyring or KWallet), so Tactful would have to store your Google sign-in ' +
          'in plain text; it refuses to. Install or unlock a keyring (or start Tactful with --password-store=gnome-libsecret) and try again.',
      );
    }
  }

  /** Decrypts the saved credentials, or null when none. */
  async load(): Promise<StoredCredentials | null> {
    const raw = await readIfExists(this.filePath);
    if (!raw) return null;
    this.assertSecure();
    let text: string;
    try {
      text = this.safeStorage.decryptString(raw);
    } catch {
      throw new Error('The saved Google sign-in cannot be decrypted (was the keyring reset?); connect Google again.');
    }
    return parseStored(text, this.filePath);
  }

  /** Encrypts and saves atomically (0600). */
  async save(credentials: StoredCredentials): Promise<void> {
    this.assertSecure();
    const json = JSON.stringify(StoredCredentialsSchema.parse(credentials));
    await writeAtomic(this.filePath, this.safeStorage.encryptString(json));
  }

  /** Forgets the credentials. */
  async clear(): Promise<void> {
    await rm(this.filePath, { force: true });
  }
}

/** In-memory store for tests and previews. */
export class MemoryTokenStore implements TokenStore {
  credentials: StoredCredentials | null = null;
  /** Reads the credentials. */
  async load(): Promise<StoredCredentials | null> {
    return this.credentials ? { ...this.credentials } : null;
  }
  /** Keeps the credentials. */
  async save(credentials: StoredCredentials): Promise<void> {
    this.credentials = { ...credentials };
  }
  /** Forgets the credentials. */
  async clear(): Promise<void> {
    this.credentials = null;
  }
}
