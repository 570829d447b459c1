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
    await this.correctionDialog.getByTestId('correction-text').fill(text);
    await this.correctionDialog.getByTestId('correction-reason').fill(reason);
    await this.correctionDialog.getByTestId('correction-reason').press('Enter');
    await expect(this.correctionDialog).toBeHidden();
  }
}
