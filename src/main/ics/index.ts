/** The .ics surface of the main process: export, atomic file writes, self-check, import and fetch. */
export { exportReminders, uidForStep, type IcsSequenceBook, type ExportInput } from './export';
export { writeFileAtomic } from './file';
export { lintIcs } from './lint';
export { parseIcs, guessOwner, fetchIcsUrl, IcsImportError, IcsFetchError, DEFAULT_MAX_BYTES, type ParseIcsOptions, type ParsedIcs } from './import';
