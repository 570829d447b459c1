import { expect, type Locator, type Page } from '@playwright/test';

/** The actors pane: its tabs, the status grid, the conference panel and the dialogs it opens. */
export class ActorsPane {
  readonly root: Locator;
  readonly grid: Locator;
  readonly tiles: Locator;
  readonly history: Locator;
  readonly conference: Locator;
  readonly reportForm: Locator;
  readonly countdown: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('actors-pane');
    this.grid = page.getByTestId('status-grid');
    this.tiles = this.grid.getByTestId('actor-tile');
    this.history = page.getByTestId('actor-history');
    this.conference = page.getByTestId('conference-panel');
    this.reportForm = page.getByTestId('report-form');
    this.countdown = page.getByTestId('header').getByTestId('conference-countdown');
  }

  tab(key: 'status' | 'assignments' | 'conference' | 'bis' | 'registry'): Locator {
    return this.root.getByTestId(`actors-tab-${key}`);
  }

  tile(name: string): Locator {
    return this.grid.locator(`[data-testid="actor-tile"][data-actor="${name}"]`);
  }

  turn(name: string): Locator {
    return this.conference.locator(`[data-testid="turn"][data-actor="${name}"]`);
  }

  /** Starts a conference of this kind with these attendees (by name), from the Samverkan tab. */
  async startConference(kind: 'coordinating' | 'directing', names: readonly string[]): Promise<void> {
    await this.tab('conference').click();
    const form = this.page.getByTestId('conference-start');
    await form.getByTestId(`conference-kind-${kind}`).check();
    for (const name of names) await form.locator(`[data-testid="attendee"][data-actor="${name}"]`).check();
    await form.getByTestId('conference-start-button').click();
    await expect(this.page.getByTestId('turn-list')).toBeVisible();
  }

  /** The current actor's report: its words, its level and situation, saved in one form. */
  async report(text: string, level: 'normal' | 'heightened' | 'staff' | 'activated', situation: string): Promise<void> {
    await this.reportForm.getByTestId('report-text').fill(text);
    await this.reportForm.getByTestId(`level-${level}`).check();
    await this.reportForm.getByTestId('status-situation').fill(situation);
    await this.reportForm.getByTestId('report-save').click();
  }
}
