import type { Locator, Page } from '@playwright/test';
import { ReviewPage } from './review';
import { SettingsPage } from './settings';
import { TimelinePage } from './timeline';
import { TodayPage } from './today';

export type ViewName = 'Today' | 'Timeline' | 'Review' | 'Settings';

/**
 * The Tactful window as a user sees it. Written against a Playwright Page only, so the same
 * page objects drive the browser host and a real Electron window.
 */
export class TactfulApp {
  readonly today: TodayPage;
  readonly timeline: TimelinePage;
  readonly review: ReviewPage;
  readonly settings: SettingsPage;

  constructor(readonly page: Page) {
    this.today = new TodayPage(page);
    this.timeline = new TimelinePage(page);
    this.review = new ReviewPage(page);
    this.settings = new SettingsPage(page);
  }

  /** Waits until the shell has loaded the overview. */
  async ready(): Promise<this> {
    await this.page.locator('nav[aria-label="Views"]').waitFor();
    return this;
  }

  nav(view: ViewName): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${view}`) });
  }

  async go(view: ViewName): Promise<void> {
    await this.nav(view).click();
    await this.page.locator('.view-title', { hasText: view }).waitFor();
  }

  /** The heading "Today · Tue 13 Oct". */
  title(): Locator {
    return this.page.locator('.view-title');
  }

  /** The count badge beside a nav item ('' when none). */
  async count(view: 'Today' | 'Review'): Promise<number> {
    const badge = this.nav(view).locator('.count');
    return (await badge.count()) ? Number(await badge.innerText()) : 0;
  }

  /** The last status message (results and errors). */
  status(): Locator {
    return this.page.locator('.status-region .status');
  }

  sampleBadge(): Locator {
    return this.page.getByRole('button', { name: /Sample data/ });
  }

  async leaveSampleMode(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use my own calendar' }).first().click();
  }

  async openAbout(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'About Tactful' }).click();
    return this.page.getByRole('dialog');
  }
}
