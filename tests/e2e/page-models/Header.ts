import type { Locator, Page } from '@playwright/test';

/** The header on every screen. */
export class Header {
  readonly root: Locator;
  readonly boardName: Locator;
  readonly kommun: Locator;
  readonly mode: Locator;
  readonly exerciseBanner: Locator;
  readonly clock: Locator;
  readonly closeButton: Locator;
  readonly closeConfirm: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('header');
    this.boardName = page.getByTestId('board-name');
    this.kommun = page.getByTestId('board-kommun');
    this.mode = page.getByTestId('board-mode');
    this.exerciseBanner = page.getByTestId('exercise-banner');
    this.clock = page.getByTestId('clock');
    this.closeButton = page.getByTestId('close-board');
    this.closeConfirm = page.getByTestId('close-confirm');
  }

  /** Closes the incident for every seat: the button, then the confirmation that says so. */
  async closeBoard(): Promise<void> {
    await this.closeButton.click();
    await this.closeConfirm.getByTestId('close-confirm-yes').click();
  }

  async switchLanguage(lng: 'sv' | 'en'): Promise<void> {
    await this.page.getByTestId(`lang-${lng}`).click();
  }
}
