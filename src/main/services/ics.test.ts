import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { createDispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';

const ROOT = resolve(__dirname, '../../..');
const engine = () =>
  createEngine({
    dataDir: mkdtempSync(join(tmpdir(), 'tactful-ics-svc-')),
    resourcesDir: join(ROOT, 'resources'),
    sampleOnFirstRun: true,
    clock: () => new Date('2026-10-13T13:30:00Z'),
    timeZone: 'America/New_York',
    locale: 'en-US',
  });

const vevents = (text: string) =>
  text.split('BEGIN:VEVENT').slice(1).map((v) => ({
    uid: /\r\nUID:(.*)\r\n/.exec(v.replace(/\r\n /g, ''))?.[1],
    sequence: Number(/\r\nSEQUENCE:(\d+)/.exec(v)?.[1] ?? 0),
    start: /\r\nDTSTART[^:]*:(.*)\r\n/.exec(v)?.[1],
  }));

describe('IcsService', () => {
  it('keeps a subscribed file current: stable UIDs, SEQUENCE raised on change, finished steps dropped', async () => {
    const { service, ics } = engine();
    const path = join(mkdtempSync(join(tmpdir(), 'tactful-ics-file-')), 'follow-ups.ics');
    service.update((d) => {
      d.settings.icsExportPath = path;
    });
    await ics.keepFileCurrent();
    const first = readFileSync(path, 'utf8');
    expect(first.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(first.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const before = vevents(first);
    expect(before.length).toBe(service.reminders().length);

    // A new timeline moves Initech's follow-up; marking Globex's follow-up sent removes it.
    const views = service.views();
    const initech = views.find((v) => v.application.company === 'Initech')!;
    const followUp = initech.plan.steps.find((s) => s.kind === 'follow-up')!;
    service.setStatedTimeline(initech.application.id, 'by the end of next month');
    const globex = views.find((v) => v.application.company === 'Globex')!;
    const due = globex.plan.steps.find((s) => s.kind === 'follow-up')!;
    service.markStep(globex.application.id, due.id, 'sent');
    await ics.keepFileCurrent();
    const after = vevents(readFileSync(path, 'utf8'));

    const uidOf = (stepId: string) => before.find((e) => e.uid?.startsWith(stepId))?.uid;
    const moved = after.find((e) => e.uid === uidOf(followUp.id))!;
    const was = before.find((e) => e.uid === uidOf(followUp.id))!;
    expect(moved.start).not.toBe(was.start);
    expect(moved.sequence).toBe(was.sequence + 1);
    expect(after.some((e) => e.uid === uidOf(due.id))).toBe(false);
    // Steps of the applications nobody touched keep their UID and SEQUENCE.
    const touched = [initech.application.id, globex.application.id];
    const untouched = after.filter((e) => before.some((b) => b.uid === e.uid) && !touched.some((id) => e.uid!.startsWith(`${id}/`)));
    expect(untouched.length).toBeGreaterThan(3);
    for (const e of untouched) expect(e.sequence).toBe(before.find((b) => b.uid === e.uid)!.sequence);
    // Written atomically: no temporary file left beside it.
    expect(readdirSync(join(path, '..'))).toEqual(['follow-ups.ics']);
  });

  it('refuses a malformed file as a whole, naming the line, and keeps what was there', () => {
    const { service, ics } = engine();
    const before = service.read().interviews.length;
    const broken = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Interview\r\nDTSTART:\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(() => ics.importText(broken, 'broken.ics')).toThrow(/line \d+/);
    expect(service.read().interviews.length).toBe(before);
    expect(service.read().sampleMode).toBe(true);
  });

  it('imports the Outlook and Apple exports with their interviews detected', () => {
    const { service, ics } = engine();
    service.update((d) => {
      d.settings.profile.email = '';
    });
    for (const name of ['outlook.ics', 'apple.ics']) {
      const result = ics.importText(readFileSync(join(ROOT, 'test/fixtures/ics', name), 'utf8'), name);
      expect(result.interviews, name).toBeGreaterThan(0);
    }
    expect(service.overview().sampleMode).toBe(false);
    expect(existsSync(service.read().settings.icsExportPath || '/nonexistent')).toBe(false);
  });
});

describe('settings through the handlers', () => {
  it('validates the whole policy and names the setting in words', async () => {
    const { service, ics, sample } = engine();
    const dispatch = createDispatch(
      createHandlers(service, ics, {
        openExternal: async () => {},
        google: { connect: async () => service.syncStatus(), disconnect: async () => service.syncStatus(), syncNow: async () => service.syncStatus() },
        appInfo: () => ({ name: 'Tactful', version: '0', host: 'browser', versions: {}, dataDir: '', docsUrl: '' }),
        sampleBatch: sample,
      }),
    );
    const bad = await dispatch('updateSettings', { patch: { policy: { holidaysCountry: 'ZZ' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-settings' } });
    const late = await dispatch('updateSettings', { patch: { policy: { workdayStart: '18:00', workdayEnd: '09:00' } } });
    expect(late).toMatchObject({ ok: false });
    const zone = await dispatch('updateSettings', { patch: { timeZone: 'Mars/Olympus' } });
    expect(zone).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a time zone/) } });
    const good = await dispatch('updateSettings', { patch: { policy: { maxFollowUps: 1, holidaysCountry: 'US' }, timeZone: 'Europe/Berlin' } });
    expect(good).toMatchObject({ ok: true, value: { timeZone: 'Europe/Berlin', policy: { maxFollowUps: 1, holidaysCountry: 'US' } } });
    expect(service.overview().applications.every((a) => a.plan.steps.filter((s) => s.kind === 'final-follow-up').length === 0)).toBe(true);
  });
});
