import { expect, type Locator, type Page } from '@playwright/test';

export interface NewBoard {
  name: string;
  kommun: string;
  exercise: boolean;
  activated?: boolean;
}

/** The start screen: create a board or open a recent one. */
export class StartPage {
  readonly root: Locator;
  readonly createForm: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('start-screen');
    this.createForm = page.getByTestId('create-board');
    this.recent = page.getByTestId('recent-boards');
  }

  async createBoard(board: NewBoard): Promise<void> {
    await expect(this.root).toBeVisible();
    await this.createForm.getByLabel('Händelsens namn').fill(board.name);
    await this.createForm.getByLabel('Kommun', { exact: true }).fill(board.kommun);
    if (board.exercise) await this.createForm.getByLabel('Övning').check();
    if (board.activated) await this.createForm.getByLabel('Krisledning aktiverad').check();
    await this.createForm.getByRole('button', { name: 'Skapa händelse' }).click();
    await expect(this.page.getByTestId('journal-pane')).toBeVisible();
  }
}
