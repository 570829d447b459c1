import { expect, type Locator, type Page } from '@playwright/test';

/** Aborts every request that is not to the seat server; returns the list of what was refused. */
export async function blockOutside(page: Page, origin: string): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}

/** The map pane: its Leaflet container, search box and coordinates. */
export class MapPane {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('map-pane');
    this.canvas = page.getByTestId('map-canvas');
    this.search = page.getByTestId('map-search');
  }

  /** Waits until the basemap is drawn and framed on the board's kommun. */
  async ready(kommunCode: string): Promise<void> {
    await expect(this.canvas).toHaveAttribute('data-framed-kommun', kommunCode);
    await expect(this.canvas).toHaveAttribute('data-view', /,/);
  }

  /** The map's centre and zoom, as the pane writes them after every move. */
  async view(): Promise<{ lat: number; lng: number; zoom: number }> {
    const v = (await this.canvas.getAttribute('data-view')) ?? '';
    const [lat, lng, zoom] = v.split(',').map(Number);
    return { lat: lat ?? NaN, lng: lng ?? NaN, zoom: zoom ?? NaN };
  }

  /** How many distinct colours the basemap's canvases hold (a blank map has one or none). */
  async distinctColours(): Promise<number> {
    return this.canvas.evaluate((el) => {
      const seen = new Set<number>();
      for (const canvas of el.querySelectorAll('canvas')) {
        const ctx = canvas.getContext('2d');
        if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4 * 97) seen.add(((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0));
      }
      return seen.size;
    });
  }

  /** Clicks the map at a fraction of its width and height (0–1). */
  async clickAt(fx: number, fy: number): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the map has no box');
    await this.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }
}
