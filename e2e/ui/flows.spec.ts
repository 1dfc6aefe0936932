import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures';
import { TactfulApp } from '../pages';

/** The job seeker's main paths, through the window only (runs in the browser host and in Electron). */

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Tactful e2e//EN',
  'BEGIN:VEVENT',
  'UID:acme-interview-1@e2e',
  'DTSTAMP:20261001T120000Z',
  'DTSTART:20261012T140000Z',
  'DTEND:20261012T150000Z',
  'SUMMARY:Interview - Backend Engineer - Acme Robotics',
  'DESCRIPTION:Video interview scheduled via Greenhouse with Priya Natarajan.',
  'ORGANIZER;CN=Priya Natarajan:mailto:priya@acmerobotics.com',
  'ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT:mailto:priya@acmerobotics.com',
  'ATTENDEE;CN=Sam Rivera;ROLE=REQ-PARTICIPANT:mailto:sam.rivera@gmail.com',
  'LOCATION:https://meet.google.com/abc-defg-hij',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('first launch with sample data shows applications in several stages', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  await expect(tactful.title()).toContainText('Today');
  await expect(tactful.sampleBadge()).toBeVisible();
  await expect(tactful.today.cards().first()).toBeVisible();
  await tactful.go('Timeline');
  await expect(tactful.timeline.lanes().first()).toBeVisible();
  const stages = await tactful.timeline.lanes().evaluateAll((lanes) => new Set(lanes.map((l) => l.getAttribute('data-stage'))).size);
  expect(stages).toBeGreaterThanOrEqual(4);
  // The stage is named in words on every lane, never colour alone.
  for (const text of await tactful.page.locator('button.lane .stage').allInnerTexts()) expect(text.trim().length).toBeGreaterThan(3);
});

test('an imported .ics interview appears in Review, and once confirmed its steps are on the timeline', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  await tactful.go('Settings');
  await tactful.settings.importIcs('acme.ics', ICS);
  await expect(tactful.status()).toContainText(/found 1 interview/);
  await tactful.go('Review');
  const item = tactful.review.item('Acme');
  await expect(item).toBeVisible();
  await expect(item.locator('.reasons li').first()).toBeVisible();
  await tactful.review.confirm('Acme');
  await expect(tactful.status()).toContainText('Confirmed');
  await tactful.go('Timeline');
  await expect(tactful.timeline.lane('Acme')).toBeVisible();
  const detail = await tactful.timeline.open('Acme');
  await expect(detail.step('thank-you')).toBeVisible();
  await expect(detail.root().locator('.rounds')).toContainText('Round 1');
});

test('a stated timeline moves the follow-up', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  await tactful.go('Timeline');
  const detail = await tactful.timeline.open('Globex');
  const followUp = detail.step('follow-up');
  const before = await followUp.locator('.muted').first().innerText();
  await detail.setTimeline("we'll get back to you within two weeks");
  await expect(detail.timelineReading()).toContainText(/two weeks|Oct/);
  await expect(followUp.locator('.muted').first()).not.toHaveText(before);
  await expect(tactful.timeline.lane('Globex').locator('.span-label')).toContainText('within two weeks');
});

test('marking the thank-you sent advances the stage', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  const card = tactful.today.card('Initech', 'thank-you');
  await expect(card).toBeVisible();
  await tactful.today.markSent(card);
  await expect(tactful.status()).toContainText('Marked as sent');
  await tactful.go('Timeline');
  await expect(tactful.timeline.stageOf('Initech')).not.toContainText(/thank-you/i);
  const detail = await tactful.timeline.open('Initech');
  await expect(detail.history()).toContainText(/thank-you note/i);
});

test('recording a rejection plans a gracious reply and no more follow-ups', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  await tactful.go('Timeline');
  const detail = await tactful.timeline.open('Hooli');
  await detail.outcome('Rejected');
  await expect(detail.step('rejection-reply')).toBeVisible();
  await expect(tactful.timeline.stageOf('Hooli')).toContainText(/./);
  await expect(tactful.timeline.lane('Hooli')).toHaveAttribute('data-stage', 'rejected');
  await expect(detail.root().locator('.step[data-step-kind="follow-up"]:not(.superseded)')).toHaveCount(0);
});

test('exporting the plan as .ics', async ({ app }) => {
  test.skip(app.kind === 'electron', 'Electron saves through a native dialog');
  const tactful = await new TactfulApp(app.page).ready();
  await tactful.go('Settings');
  const download = await tactful.settings.exportIcs();
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('BEGIN:VEVENT');
});

test('keyboard only: switch views, walk the lanes, open and close the detail', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  const page = app.page;
  await page.keyboard.press('2');
  await expect(tactful.title()).toContainText('Timeline');
  await page.keyboard.press('/');
  await expect(page.locator('#timeline-search')).toBeFocused();
  await page.keyboard.type('hoo');
  await expect(tactful.timeline.lanes()).toHaveCount(1);
  await page.locator('#timeline-search').fill('');
  await tactful.timeline.filterStage('Offer');
  await expect(tactful.timeline.lanes().first()).toHaveAttribute('data-stage', 'offer');
  await tactful.timeline.filterStage('All stages');
  await tactful.timeline.lanes().first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('button.lane[data-lane-index="1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail')).toHaveCount(0);
  await page.keyboard.press('3');
  await expect(tactful.title()).toContainText('Review');
  await page.keyboard.press('4');
  await expect(tactful.title()).toContainText('Settings');
});

test('leaving sample mode shows the empty state that teaches', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  await tactful.leaveSampleMode();
  await expect(app.page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: /Connect Google Calendar/ })).toBeVisible();
  await expect(app.page.getByRole('button', { name: /Import an \.ics file/ })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Try the sample data' })).toBeVisible();
  const about = await tactful.openAbout();
  await expect(about.getByTestId('app-version')).toHaveText(/\d+\.\d+\.\d+/);
});

test('settings show validation errors next to the field', async ({ app }) => {
  const tactful = await new TactfulApp(app.page).ready();
  await tactful.go('Settings');
  const timing = tactful.settings.section('Timing and etiquette');
  await timing.getByLabel('Working day ends').fill('08:00');
  await timing.getByRole('button', { name: 'Save timing' }).click();
  await expect(timing.locator('.field', { hasText: 'Working day ends' }).locator('.field-error')).toHaveText(/must end after it starts/);
  await timing.getByLabel('Working day ends').fill('17:30');
  await timing.getByRole('button', { name: 'Save timing' }).click();
  await expect(tactful.status()).toContainText('Saved');
});
