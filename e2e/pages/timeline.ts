import type { Locator, Page } from '@playwright/test';

/** Timeline: one lane per application, and the detail beside it. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  lanes(): Locator {
    return this.page.locator('button.lane');
  }

  lane(company: string): Locator {
    return this.lanes().filter({ has: this.page.locator('.lane-company', { hasText: company }) }).first();
  }

  /** The stage words shown in a lane ("Waiting until Fri 23 Oct"). */
  stageOf(company: string): Locator {
    return this.lane(company).locator('.stage');
  }

  async search(text: string): Promise<void> {
    await this.page.locator('#timeline-search').fill(text);
  }

  /** Picks a stage by its name; the option also shows a count ("Waiting (3)"). */
  async filterStage(name: string): Promise<void> {
    const select = this.page.locator('#timeline-stage');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const match = options.find((o) => o.text === name || o.text.startsWith(`${name} (`));
    if (!match) throw new Error(`no stage option "${name}" among ${options.map((o) => o.text).join(", ")}`);
    await select.selectOption(match.value);
  }

  async open(company: string): Promise<DetailPanel> {
    await this.lane(company).click();
    const detail = new DetailPanel(this.page);
    await detail.root().waitFor();
    return detail;
  }
}

/** The application detail to the right of the timeline. */
export class DetailPanel {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('detail');
  }

  heading(): Locator {
    return this.root().locator('#detail-title');
  }

  async setTimeline(text: string): Promise<void> {
    await this.root().getByLabel('In their words').fill(text);
    await this.root().locator('form', { has: this.page.getByLabel('In their words') }).getByRole('button', { name: 'Save' }).click();
  }

  timelineReading(): Locator {
    return this.root().getByTestId('timeline-reading');
  }

  /** A planned step in the detail, by kind (thank-you, follow-up, final-follow-up, rejection-reply). */
  step(kind: string): Locator {
    return this.root().locator(`.step[data-step-kind="${kind}"]`).first();
  }

  history(): Locator {
    return this.root().locator('.history');
  }

  async outcome(kind: 'Offer' | 'Rejected' | 'Withdrawn' | 'Heard back'): Promise<void> {
    await this.root().getByRole('group', { name: 'What happened' }).getByRole('button', { name: kind }).click();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
