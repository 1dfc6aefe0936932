import type { Download, Page } from '@playwright/test';

/** Settings: accounts, calendar files, timing, profile. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** Imports .ics text through the real file input (File.text() in the renderer). */
  async importIcs(name: string, text: string): Promise<void> {
    await this.page.getByTestId('ics-file-input').setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
  }

  /** One-shot export; in the browser host it arrives as a download. */
  async exportIcs(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export…', exact: true }).click(),
    ]);
    return download;
  }

  section(title: string) {
    return this.page.locator('section.settings-section', { has: this.page.getByRole('heading', { name: title }) });
  }
}
