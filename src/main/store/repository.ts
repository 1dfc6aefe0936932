import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StoreDataSchema, type StoreData } from '../../shared/domain/store';
import { loadStoreText } from './load';

/** The part of conf / electron-store the repository uses: a whole-object, atomically written JSON file. */
export interface BackingStore {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Creates the backing store once the file is known to be valid (conf would throw on a bad one). */
export type BackingFactory = (dir: string, configName: string) => BackingStore;

export const STORE_FILE_BASENAME = 'tactful-data';

/** A change that could not be saved; nothing was changed, on disk or in memory. */
export class StoreWriteError extends Error {
  readonly code = 'store-write';
  constructor(path: string, cause: unknown) {
    const reason = (cause as NodeJS.ErrnoException)?.code;
    const why =
      reason === 'ENOSPC'
        ? 'the disk is full'
        : reason === 'EACCES' || reason === 'EPERM'
          ? 'Tactful may not write there'
          : reason === 'EROFS'
            ? 'the disk is read-only'
            : ((cause as Error)?.message ?? String(cause));
    super(`Your change was not saved because ${why} (${path}). Nothing was lost; free some space or fix the folder and try again.`);
    this.name = 'StoreWriteError';
  }
}

export interface OpenedRepository {
  repo: Repository;
  /** There was no data file: this is the first run with this data directory. */
  created: boolean;
  /** One clear sentence for the user when the file had to be moved aside or was migrated. */
  notice?: string;
}

/** Typed access to the one data file shared by the app and the CLI. */
export class Repository {
  private data: StoreData;
  private readonly listeners = new Set<(data: StoreData) => void>();
  /** The file as we last read or wrote it: another process (the CLI, the app) may change it. */
  private seen: string | undefined;

  private constructor(
    private readonly backing: BackingStore,
    initial: StoreData,
  ) {
    this.data = initial;
  }

  /** Opens (or creates) the data file in `dir`, moving a corrupt one aside with a timestamped name. */
  static open(dir: string, factory: BackingFactory, now: Date): OpenedRepository {
    const path = join(dir, `${STORE_FILE_BASENAME}.json`);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : null;
    const outcome = loadStoreText(text);
    let notice: string | undefined;
    if (outcome.kind === 'recovered') {
      const aside = join(dirname(path), `${basename(path, '.json')}.corrupt-${stamp(now)}.json`);
      renameSync(path, aside);
      const { applications, interviews } = outcome.salvaged;
      notice =
        `Tactful could not read its data file (${outcome.problem}). The original was kept as ${aside}; ` +
        `${applications} applications and ${interviews} interviews were recovered from it.`;
    }
    const backing = factory(dir, STORE_FILE_BASENAME);
    const repo = new Repository(backing, outcome.data);
    repo.seen = stampOf(repo.path);
    if (outcome.kind !== 'ok' || outcome.migratedFrom !== undefined) repo.write(outcome.data);
    const created = outcome.kind === 'fresh';
    return notice ? { repo, created, notice } : { repo, created };
  }

  /** Where the data lives on disk. */
  get path(): string {
    return this.backing.path;
  }

  /** The current data (re-read if another process changed the file); treat as read-only. */
  read(): StoreData {
    this.reloadIfChangedElsewhere();
    return this.data;
  }

  /** Applies a change to a copy, validates it, writes it atomically, then publishes it. */
  update(mutate: (draft: StoreData) => void): StoreData {
    this.reloadIfChangedElsewhere();
    const draft = structuredClone(this.data);
    mutate(draft);
    const next = StoreDataSchema.parse(draft);
    this.write(next);
    for (const listener of this.listeners) listener(next);
    return next;
  }

  /** Called after every successful write. */
  onChange(listener: (data: StoreData) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(next: StoreData): void {
    try {
      this.backing.store = next as unknown as Record<string, unknown>;
    } catch (error) {
      // The file is written atomically: on failure the old file and the old data still stand.
      throw new StoreWriteError(this.backing.path, error);
    }
    this.data = next;
    this.seen = stampOf(this.backing.path);
  }

  /**
   * The app and the CLI share the file: if the other wrote it since we last did, start from
   * what is on disk, so neither silently undoes the other's change.
   */
  private reloadIfChangedElsewhere(): void {
    const now = stampOf(this.backing.path);
    if (now === this.seen || now === undefined) return;
    const outcome = loadStoreText(readFileSync(this.backing.path, 'utf8'));
    this.seen = now;
    if (outcome.kind === 'ok') {
      this.data = outcome.data;
      for (const listener of this.listeners) listener(outcome.data);
    }
  }
}

function stampOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return undefined;
  }
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}
