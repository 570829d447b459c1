import { expect, type Locator, type Page } from '@playwright/test';

/** Alt+digit for each kind, as the log keeper presses it. */
export const KIND_KEYS = {
  decision: 'Alt+Digit1',
  action: 'Alt+Digit2',
  information: 'Alt+Digit3',
  incoming: 'Alt+Digit4',
  outgoing: 'Alt+Digit5',
  call: 'Alt+Digit6',
} as const;
export type Kind = keyof typeof KIND_KEYS;

/** The journal: entry form, filter bar, the virtualized list and the correction dialog. */
export class JournalPane {
  readonly root: Locator;
  readonly textInput: Locator;
  readonly kindPicker: Locator;
  readonly list: Locator;
  readonly entries: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly error: Locator;
  readonly correctionDialog: Locator;
  readonly actorInput: Locator;
  readonly dateInput: Locator;
  readonly timeInput: Locator;
  readonly significant: Locator;
  readonly saveButton: Locator;
  readonly savedNotice: Locator;
  readonly filterToggle: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('journal-pane');
    this.textInput = page.getByTestId('entry-text-input');
    this.kindPicker = page.getByTestId('kind-picker');
    this.list = page.getByTestId('entry-list');
    this.entries = this.list.getByTestId('entry');
    this.search = page.getByTestId('search-input');
    this.count = page.getByTestId('entry-count');
    this.error = page.getByTestId('entry-error');
    this.correctionDialog = page.getByTestId('correction-dialog');
    this.actorInput = page.getByTestId('entry-actor-input');
    this.dateInput = page.getByTestId('entry-date');
    this.timeInput = page.getByTestId('entry-time');
    this.significant = page.getByTestId('entry-significant');
    this.saveButton = page.getByTestId('entry-save');
    this.savedNotice = page.getByTestId('saved-notice');
    this.filterToggle = page.getByTestId('filter-toggle');
  }

  /** Opens the folded filters (kinds, actor, Från/Till, Viktig) if they are not open. */
  async openFilters(): Promise<void> {
    if ((await this.filterToggle.getAttribute('aria-expanded')) !== 'true') await this.filterToggle.click();
  }

  entry(seq: number): Locator {
    return this.list.locator(`[data-testid="entry"][data-seq="${seq}"]`);
  }

  /** Keyboard only: type the text, Alt+digit for the kind, Enter to save. */
  async logByKeyboard(text: string, kind: Kind): Promise<void> {
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(KIND_KEYS[kind]);
    await expect(this.kindPicker).toHaveAttribute('data-kind', kind);
    await this.page.keyboard.press('Enter');
  }

  async correct(seq: number, text: string, reason: string): Promise<void> {
    await this.entry(seq).getByTestId('correct-button').click();
    await expect(this.correctionDialog).toBeVisible();
    // Rows are reused by position: make sure the dialog is for the entry that was meant.
    await expect(this.correctionDialog.getByRole('heading')).toContainText(`#${seq}`);
    await this.correctionDialog.getByTestId('correction-text').fill(text);
    await this.correctionDialog.getByTestId('correction-reason').fill(reason);
    await this.correctionDialog.getByTestId('correction-reason').press('Enter');
    await expect(this.correctionDialog).toBeHidden();
  }
}
