/// <reference lib="dom" />
/**
 * Renderer speed with 1,000 applications: time from navigation to an interactive timeline
 * (median of 7 loads), scroll smoothness, and the renderer bundle's gzipped size.
 * Run: `npx electron-vite build && npx tsx bench/ui.bench.ts` (needs /usr/bin/chromium).
 * Prints `name: value unit` lines.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { CalendarEvent } from '../src/shared/domain/event';
import { startWebHost } from '../src/main/web/host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const NOW = '2026-10-13T13:30:00.000Z';
const RUNS = 7;
const APPLICATIONS = 1000;

function interviewEvent(i: number): CalendarEvent {
  const company = `Company${String(i).padStart(4, '0')}`;
  const domain = `${company.toLowerCase()}.com`;
  // Spread over the last eight weeks so lanes sit in every stage of waiting and following up.
  const start = new Date(Date.parse(NOW) - (i % 56) * 86_400_000 - 3 * 3_600_000);
  const end = new Date(start.getTime() + 3_600_000);
  return {
    id: `bench-${i}`,
    source: 'google',
    calendarId: 'primary',
    status: 'confirmed',
    summary: `Interview - Data Analyst - ${company}`,
    description: 'Scheduled via Greenhouse.',
    location: '',
    start: { dateTime: start.toISOString(), timeZone: 'America/New_York' },
    end: { dateTime: end.toISOString(), timeZone: 'America/New_York' },
    organizer: { email: `recruiter@${domain}`, displayName: 'Recruiter' },
    attendees: [
      { email: `recruiter@${domain}`, displayName: 'Recruiter', organizer: true },
      { email: 'sam.rivera@gmail.com', displayName: 'Sam Rivera', self: true },
    ],
    conferenceEntryPoints: [],
    eventType: 'default',
  };
}

function bundleGzipKb(): { js: number; css: number } {
  const dir = join(ROOT, 'out/renderer/assets');
  let js = 0;
  let css = 0;
  for (const file of readdirSync(dir)) {
    const size = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    if (file.endsWith('.js')) js += size;
    else if (file.endsWith('.css')) css += size;
  }
  return { js: js / 1024, css: css / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const dataDir = mkdtempSync(join(tmpdir(), 'tactful-bench-ui-'));
const host = await startWebHost({
  dataDir,
  rendererDir: join(ROOT, 'out/renderer'),
  resourcesDir: join(ROOT, 'resources'),
  sampleOnFirstRun: false,
  clock: () => new Date(NOW),
  timeZone: 'America/New_York',
  locale: 'en-US',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  host.service.ingest({
    source: 'google',
    calendarId: 'primary',
    owner: { email: 'sam.rivera@gmail.com', name: 'Sam Rivera' },
    complete: true,
    events: Array.from({ length: APPLICATIONS }, (_, i) => interviewEvent(i)),
  });
  const count = host.service.overview().applications.length;
  if (count < APPLICATIONS) throw new Error(`seeded only ${count} applications`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York' });
  // Records when the first lane appears, then when the main thread is next free (interactive).
  await context.addInitScript(() => {
    const w = window as unknown as { __lanesAt?: number; __interactiveAt?: number };
    const observer = new MutationObserver(() => {
      if (w.__lanesAt !== undefined || !document.querySelector('button.lane')) return;
      w.__lanesAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__interactiveAt = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const url = host.url.replace('/#', '/?view=timeline#');
  const times: number[] = [];
  const phases: { interactive: number; overviewStart: number; overviewEnd: number }[] = [];
  const page = await context.newPage();
  for (let run = 0; run < RUNS + 1; run++) {
    await page.goto('about:blank'); // the same URL again would only be a same-document hash change
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined, null, { timeout: 30_000 });
    const at = await page.evaluate(() => {
      const w = window as unknown as { __interactiveAt: number; __lanesAt: number };
      const overview = performance.getEntriesByType('resource').find((e) => e.name.includes('getOverview')) as PerformanceResourceTiming | undefined;
      return { interactive: w.__interactiveAt, overviewStart: overview?.startTime ?? 0, overviewEnd: overview?.responseEnd ?? 0 };
    });
    if (run > 0) {
      // the first load warms the disk cache and the JIT
      times.push(at.interactive);
      phases.push(at);
    }
  }
  // Keyboard response on a loaded timeline: ArrowDown to focus moved.
  await page.locator('button.lane').first().focus();
  const keyMs = await page.evaluate(async () => {
    const t = performance.now();
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t;
  });
  // Scrolling through all 1,000 lanes: frame-to-frame times while scrolling 600 px a frame.
  const frames = await page.evaluate(async () => {
    const el = document.querySelector('.lanes-scroll') as HTMLElement;
    const deltas: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 120 && el.scrollTop + el.clientHeight < el.scrollHeight; i++) {
      el.scrollTop += 600;
      await new Promise((r) => requestAnimationFrame(r));
      const t = performance.now();
      deltas.push(t - last);
      last = t;
    }
    deltas.sort((a, b) => a - b);
    return { p95: deltas[Math.floor(deltas.length * 0.95)] ?? 0, n: deltas.length };
  });
  const lanesInDom = await page.locator('button.lane').count();
  const size = bundleGzipKb();
  console.log(`ui_timeline_interactive_1000_median: ${Math.round(median(times))} ms`);
  console.log(`ui_timeline_interactive_1000_runs: ${times.map((t) => Math.round(t)).join(',')} ms`);
  console.log(`ui_timeline_overview_request_start_median: ${Math.round(median(phases.map((p) => p.overviewStart)))} ms`);
  console.log(`ui_timeline_overview_fetch_1000_median: ${Math.round(median(phases.map((p) => p.overviewEnd - p.overviewStart)))} ms`);
  console.log(`ui_timeline_render_after_data_1000_median: ${Math.round(median(phases.map((p) => p.interactive - p.overviewEnd)))} ms`);
  console.log(`ui_timeline_keyboard_step_1000: ${keyMs.toFixed(1)} ms`);
  console.log(`ui_timeline_scroll_frame_p95_1000: ${frames.p95.toFixed(1)} ms`);
  console.log(`ui_timeline_lanes_in_dom_1000: ${lanesInDom} lanes`);
  console.log(`renderer_bundle_gzip: ${Math.round(size.js + size.css)} KB`);
  console.log(`renderer_bundle_gzip_js: ${size.js.toFixed(1)} KB`);
  console.log(`renderer_bundle_gzip_css: ${size.css.toFixed(1)} KB`);
} finally {
  await browser.close();
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
