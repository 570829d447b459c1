import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

export type CodeKind = 'lead' | 'logkeeper' | 'communicator' | 'wall';

/** The host's Rummet: the sharing switch, a card per kind's code, the seats and their revoke. */
export class RoomPane {
  readonly root: Locator;
  readonly share: Locator;
  readonly says: Locator;
  readonly seats: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('room-pane');
    this.share = this.root.getByTestId('room-share');
    this.says = this.root.getByTestId('room-sharing-says');
    this.seats = this.root.getByTestId('room-seat');
  }

  /** From the header, as the host would. */
  async open(): Promise<void> {
    await this.page.getByTestId('room-open').click();
    await expect(this.root).toBeVisible();
  }

  async shareOn(): Promise<void> {
    await expect(this.share).not.toBeChecked();
    // Clicked, not check(): the switch turns on when the server says sharing is on, not before.
    await this.share.click();
    await expect(this.share).toBeChecked();
    await expect(this.card('logkeeper')).toBeVisible();
  }

  card(kind: CodeKind): Locator {
    return this.root.locator(`[data-testid="room-code"][data-kind="${kind}"]`);
  }

  /** The code as shown (grouped) and the address its QR code opens. */
  async code(kind: CodeKind): Promise<{ shown: string; url: string }> {
    const card = this.card(kind);
    const shown = (await card.getByTestId('room-code-text').textContent()) ?? '';
    const url = (await card.locator('.room-code-url').textContent()) ?? '';
    return { shown: shown.trim(), url: url.trim() };
  }

  seat(name: string): Locator {
    return this.seats.filter({ hasText: name });
  }

  /** The question under a seat's row, naming it, before it is revoked. */
  revokeConfirm(name: string): Locator {
    return this.root.getByTestId('room-revoke-confirm').filter({ hasText: name });
  }

  async revoke(name: string): Promise<void> {
    await this.seat(name).getByTestId('room-revoke').click();
    await this.revokeConfirm(name).getByTestId('room-revoke-yes').click();
    await expect(this.revokeConfirm(name)).toHaveCount(0);
  }
}

/** Another machine in the staff room: its own browser context (own storage), on the join page. */
export interface Seat {
  context: BrowserContext;
  page: Page;
}

export async function openSeat(browser: Browser, url: string): Promise<Seat> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** Types a name (and a code, unless the address carried one) on the join page and joins. */
export async function join(page: Page, name: string, code?: string): Promise<void> {
  const form = page.getByTestId('join-form');
  await expect(form).toBeVisible();
  if (code !== undefined) await form.getByTestId('join-code').fill(code);
  await form.getByTestId('join-name').fill(name);
  await form.getByTestId('join-submit').click();
}
