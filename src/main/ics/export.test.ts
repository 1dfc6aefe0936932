import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportReminders, uidForStep, type IcsSequenceBook } from './export';
import { lintIcs } from './lint';
import { sampleReminder, sampleReminders } from './testing/reminders';

const run = promisify(execFile);
const NOW = '2026-11-01T12:00:00Z';

function exportOf(reminders = sampleReminders(), book: IcsSequenceBook = {}) {
  return exportReminders({ reminders, book, now: NOW });
}

function vevents(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('exportReminders', () => {
  it('writes a calendar that passes the self-check', () => {
    const { text } = exportOf();
    expect(lintIcs(text)).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(text).toContain('\r\nPRODID:-//Tactful//Tactful follow-up reminders//EN\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives one VEVENT per reminder, with the exact instants (checked by ical.js)', () => {
    const { text } = exportOf();
    const events = vevents(text);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const r of sampleReminders()) {
      const e = byUid.get(uidForStep(r.stepId));
      expect(e, r.stepId).toBeDefined();
      expect(e!.startDate.toJSDate().toISOString()).toBe(new Date(r.start).toISOString());
      expect(e!.endDate.toJSDate().toISOString()).toBe(new Date(r.end).toISOString());
    }
    expect(events).toHaveLength(sampleReminders().length);
  });

  it('writes TZID with a VTIMEZONE for each zone, and UTC without one', () => {
    const { text } = exportOf();
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261105T090000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Australia/Lord_Howe\r\n');
    expect(text).toContain('DTSTART:20270110T090000Z\r\n');
    expect(text).not.toContain('TZID=UTC');
  });

  it('writes a time in the repeated hour at the end of DST in UTC, so no parser can pick the wrong one', () => {
    // 02:45 happens twice in Berlin on 2026-10-25; ical.js and python-icalendar both pick the second.
    const { text } = exportOf([sampleReminder({ start: '2026-10-25T00:45:00Z', end: '2026-10-25T00:50:00Z' })]);
    expect(text).toContain('DTSTART:20261025T004500Z\r\n');
    expect(text).not.toContain('TZID=');
  });

  it('stamps DTSTAMP in UTC', () => {
    const { text } = exportOf();
    const stamps = text.match(/^DTSTAMP:.*$/gm) ?? [];
    expect(stamps.length).toBe(sampleReminders().length);
    for (const s of stamps) expect(s.trim()).toBe('DTSTAMP:20261101T120000Z');
  });

  it('adds a relative DISPLAY alarm with a description', () => {
    const { text } = exportOf([sampleReminder({ alarmMinutesBefore: 90 })]);
    expect(text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT1H30M\r\nDESCRIPTION:Thank-you note to Globex/);
  });

  it('writes description, categories and a percent-encoded URL', () => {
    const { text } = exportOf([sampleReminder({ url: 'https://tactful.app/docs/rules#thank you;now,ß', categories: ['Tactful', 'Thank-you, polite'] })]);
    const e = vevents(text)[0]!;
    expect(e.description).toContain('Why now: a thank-you within 24 hours is expected.');
    expect(e.description).toContain('Hi Hannah, thank you for today; I enjoyed');
    expect(text).toContain('URL;VALUE=URI:https://tactful.app/docs/rules#thank%20you%3Bnow%2C%C3%9F\r\n');
    expect(e.component.getFirstProperty('categories')!.getValues()).toEqual(['Tactful', 'Thank-you, polite']);
  });

  it('drops non-web URLs', () => {
    const { text } = exportOf([sampleReminder({ url: 'javascript:alert(1)' })]);
    expect(text).not.toContain('URL');
  });

  it('keeps UIDs stable and id-safe', () => {
    expect(uidForStep('app-1/round-1/thank-you')).toBe(uidForStep('app-1/round-1/thank-you'));
    expect(uidForStep('abc')).toBe('abc@tactful.app');
    expect(uidForStep('app-globex/round-1/thank-you/hannah-whitfield')).toBe('app-globex/round-1/thank-you/hannah-whitfield@tactful.app');
    expect(uidForStep('weird step id: ä/ö (1)')).toMatch(/^h[0-9a-f]{40}@tactful\.app$/);
    expect(uidForStep('a b')).not.toBe(uidForStep('a_b'));
  });

  it('raises SEQUENCE only when the fingerprint changes, and drops vanished steps from the book', () => {
    const first = exportOf([sampleReminder(), sampleReminder({ stepId: 'other' })]);
    const uid = uidForStep(sampleReminder().stepId);
    expect(first.book[uid]).toEqual({ fingerprint: 'fp-1', sequence: 0 });
    const same = exportOf([sampleReminder()], first.book);
    expect(same.book[uid]!.sequence).toBe(0);
    expect(same.book[uidForStep('other')]).toBeUndefined();
    expect(same.text).not.toContain('UID:other@');
    const changed = exportOf([sampleReminder({ fingerprint: 'fp-2', start: '2026-11-06T08:00:00Z', end: '2026-11-06T08:15:00Z' })], same.book);
    expect(changed.book[uid]).toEqual({ fingerprint: 'fp-2', sequence: 1 });
    expect(changed.text).toContain('\r\nSEQUENCE:1\r\n');
    const again = exportOf([sampleReminder({ fingerprint: 'fp-3' })], changed.book);
    expect(again.book[uid]!.sequence).toBe(2);
  });

  it('is deterministic for the same input', () => {
    expect(exportOf().text).toBe(exportOf().text);
  });

  it('writes an empty but valid calendar when there is nothing to remind', () => {
    const { text, book } = exportOf([]);
    expect(book).toEqual({});
    expect(lintIcs(text)).toEqual([]);
  });
});

describe('export and import instants do not depend on the machine time zone', () => {
  it('gives identical results under TZ=UTC, Europe/Berlin and Asia/Tokyo', async () => {
    const script = join(import.meta.dirname, 'testing', 'roundtrip.script.ts');
    const outputs = await Promise.all(
      ['UTC', 'Europe/Berlin', 'Asia/Tokyo'].map(async (TZ) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ }, timeout: 60_000 });
        return stdout;
      }),
    );
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const parsed = JSON.parse(outputs[0]!) as { viaIcalJs: { uid: string; start: string }[]; viaOurs: { uid: string; start: string }[] };
    for (const r of sampleReminders()) {
      const uid = uidForStep(r.stepId);
      expect(parsed.viaIcalJs.find((e) => e.uid === uid)?.start).toBe(new Date(r.start).toISOString());
      expect(parsed.viaOurs.find((e) => e.uid === uid)?.start).toBe(new Date(r.start).toISOString());
    }
  }, 90_000);
});

describe('independent check with Debian python3-icalendar', () => {
  const python = '/usr/bin/python3';
  const hasModule = existsSync(python) && (() => {
    try {
      execFileSync(python, ['-c', 'import icalendar']);
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(hasModule)('scripts/check-ics.py agrees on UIDs and instants', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-ics-'));
    const reminders = sampleReminders();
    writeFileSync(join(dir, 'out.ics'), exportOf(reminders).text);
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(reminders.map((r) => ({ uid: uidForStep(r.stepId), start: r.start, end: r.end }))));
    const script = join(import.meta.dirname, '..', '..', '..', 'scripts', 'check-ics.py');
    const { stdout } = await run(python, [script, join(dir, 'out.ics'), join(dir, 'expected.json')]);
    expect(stdout).toContain(`${reminders.length} events OK`);
    // And it does catch a wrong instant.
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify(reminders.map((r, i) => ({ uid: uidForStep(r.stepId), start: i === 0 ? '2026-11-05T09:00:00Z' : r.start }))));
    await expect(run(python, [script, join(dir, 'out.ics'), join(dir, 'wrong.json')])).rejects.toThrow(/expected/);
  });
  if (!hasModule) it.skip('python3-icalendar is not installed at /usr/bin/python3: skipped (apt-get install -y python3-icalendar)', () => {});
});
