import type { Locator, Page } from '@playwright/test';

/** Review: detected interviews to confirm, correct or dismiss. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  items(): Locator {
    return this.page.locator('li.review');
  }

  item(text: string): Locator {
    return this.items().filter({ hasText: text }).first();
  }

  async confirm(text: string): Promise<void> {
    await this.item(text).getByRole('button', { name: 'Confirm', exact: true }).click();
  }

  async correct(text: string, edits: { company?: string; role?: string; kind?: 'Video call' | 'Phone call' | 'On site' }): Promise<void> {
    const item = this.item(text);
    await item.getByRole('button', { name: /Correct/ }).click();
    if (edits.company !== undefined) await item.getByLabel('Company').fill(edits.company);
    if (edits.role !== undefined) await item.getByLabel('Role').fill(edits.role);
    if (edits.kind) await item.getByLabel('Kind').selectOption({ label: edits.kind });
    await item.getByRole('button', { name: 'Save and confirm' }).click();
  }

  async dismiss(text: string): Promise<void> {
    await this.item(text).getByRole('button', { name: 'Dismiss' }).click();
  }
}
