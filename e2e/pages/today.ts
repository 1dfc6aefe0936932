import type { Locator, Page } from '@playwright/test';

/** Today: the list of things to send now. */
export class TodayPage {
  constructor(readonly page: Page) {}

  cards(): Locator {
    return this.page.locator('article.todo');
  }

  /** The card for a company, optionally narrowed by words in its title ("thank-you", "Follow up"). */
  card(company: string, title?: string | RegExp): Locator {
    let cards = this.cards().filter({ has: this.page.locator('.todo-title', { hasText: company }) });
    if (title) cards = cards.filter({ has: this.page.locator('.todo-title', { hasText: title }) });
    return cards.first();
  }

  async markSent(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Mark sent' }).click();
  }

  async snooze(card: Locator, choice: 'Tomorrow morning' | 'In 3 days' | 'Next Monday'): Promise<void> {
    await card.getByRole('button', { name: /Snooze/ }).click();
    await card.getByRole('menuitem', { name: new RegExp(choice) }).click();
  }

  async why(card: Locator): Promise<Locator> {
    await card.getByRole('button', { name: 'Why?' }).first().click();
    return card.locator('.why');
  }
}
