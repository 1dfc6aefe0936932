/**
 * Keeps the exported .ics file current without ever exposing a half-written
 * file to a calendar app that polls it: write a temp file beside it, fsync,
 * then rename over the target (atomic on the same file system).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, stat, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Write `text` to `path` atomically; on failure the old file is untouched and no temp file remains. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(tmp, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await keepMode(path, tmp);
    await renameWithRetry(tmp, path);
    created = false;
    await syncDir(dir);
  } catch (e) {
    if (created) await unlink(tmp).catch(() => undefined);
    throw explainWriteError(e, path);
  }
}

async function keepMode(target: string, tmp: string): Promise<void> {
  // A user who made the export private (chmod 600) should not find it world-readable again.
  const s = await stat(target).catch(() => undefined);
  if (s) await chmod(tmp, s.mode & 0o777).catch(() => undefined);
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  // Windows refuses to replace a file another program has open for a moment (EPERM/EBUSY); retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || attempt >= 4 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw e;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  // Persist the rename itself; not supported on Windows, where rename is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** A write failure in the user's words (disk full, no permission…), keeping the errno code and cause. */
export function explainWriteError(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EDQUOT' ? 'the disk quota is used up'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied (choose a folder you can write to)'
    : code === 'EROFS' ? 'the disk is read-only'
    : code === 'ENOENT' ? 'the folder does not exist'
    : code === 'EISDIR' ? 'that path is a folder'
    : e instanceof Error ? e.message : String(e);
  const err = new Error(`Could not write the calendar file ${path}: ${reason}`, { cause: e });
  if (code) (err as NodeJS.ErrnoException).code = code;
  return err;
}
