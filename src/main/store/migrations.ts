import { STORE_SCHEMA_VERSION } from '../../shared/domain/store';

type Json = Record<string, unknown>;

/**
 * One function per schema version: `migrations[n]` turns a version-n file into version n+1.
 * Files written before versioning (no `schemaVersion`) count as version 0.
 */
export const migrations: Record<number, (data: Json) => Json> = {
  0: (data) => ({ ...data, schemaVersion: 1 }),
};

/** Brings a parsed store file up to the current schema version, or says why it cannot. */
export function migrate(data: Json): { data: Json; from: number } {
  const raw = data.schemaVersion;
  const from = typeof raw === 'number' && Number.isInteger(raw) ? raw : 0;
  if (from > STORE_SCHEMA_VERSION) {
    throw new Error(
      `the data file was written by a newer Tactful (schema ${from}; this version reads up to ${STORE_SCHEMA_VERSION})`,
    );
  }
  let current = data;
  for (let v = from; v < STORE_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    current = step(current);
  }
  return { data: current, from };
}
