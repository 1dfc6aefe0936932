import { z } from 'zod';
import { ApplicationSchema, InterviewSchema } from '../../shared/domain/application';
import { emptyStore, StoreDataSchema, type StoreData } from '../../shared/domain/store';
import { migrate } from './migrations';

export type LoadOutcome =
  | { kind: 'fresh'; data: StoreData }
  | { kind: 'ok'; data: StoreData; migratedFrom?: number }
  /** The file could not be used as is: keep its bytes aside, start from what could be salvaged. */
  | { kind: 'recovered'; data: StoreData; problem: string; salvaged: { applications: number; interviews: number } };

/** Reads a store file's text (or null when absent) into valid data, salvaging what it can. */
export function loadStoreText(text: string | null): LoadOutcome {
  if (text === null) return { kind: 'fresh', data: emptyStore() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return recovered(`it is not valid JSON (${(error as Error).message})`, undefined);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return recovered('it does not hold a Tactful data object', undefined);
  }
  let migrated: Record<string, unknown>;
  let from: number;
  try {
    ({ data: migrated, from } = migrate(parsed as Record<string, unknown>));
  } catch (error) {
    return recovered((error as Error).message, undefined);
  }
  const result = StoreDataSchema.safeParse(migrated);
  if (result.success) {
    return from === result.data.schemaVersion ? { kind: 'ok', data: result.data } : { kind: 'ok', data: result.data, migratedFrom: from };
  }
  return recovered(describe(result.error), migrated);
}

function recovered(problem: string, partial: Record<string, unknown> | undefined): LoadOutcome {
  const data = salvage(partial);
  return {
    kind: 'recovered',
    data,
    problem,
    salvaged: { applications: data.applications.length, interviews: data.interviews.length },
  };
}

/** Keeps every section and record that still validates on its own; a hand edit loses only itself. */
function salvage(partial: Record<string, unknown> | undefined): StoreData {
  const data = emptyStore();
  if (!partial) return data;
  const keep = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value);
    return r.success ? r.data : fallback;
  };
  const shape = StoreDataSchema.shape;
  data.settings = keep(shape.settings, partial.settings, data.settings);
  data.sampleMode = keep(shape.sampleMode, partial.sampleMode, data.sampleMode);
  data.owner = keep(shape.owner, partial.owner, undefined);
  data.feedback = keep(shape.feedback, partial.feedback, {});
  data.reviewSeenAt = keep(shape.reviewSeenAt, partial.reviewSeenAt, undefined);
  data.google = keep(shape.google, partial.google, data.google);
  data.icsExport = keep(shape.icsExport, partial.icsExport, data.icsExport);
  data.window = keep(shape.window, partial.window, undefined);
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  data.applications = list(partial.applications).flatMap((a) => {
    const r = ApplicationSchema.safeParse(a);
    return r.success ? [r.data] : [];
  });
  const appIds = new Set(data.applications.map((a) => a.id));
  data.interviews = list(partial.interviews).flatMap((i) => {
    const r = InterviewSchema.safeParse(i);
    return r.success && appIds.has(r.data.applicationId) ? [r.data] : [];
  });
  return data;
}

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'it does not match the expected shape';
  const where = first.path.length ? first.path.join('.') : 'the top level';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${first.message}${more}`;
}
