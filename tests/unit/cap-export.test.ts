import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCap } from '../../electron/core/warnings/cap-read.js';
import { content } from './message-fixtures.js';
import { newBoard, type TestBoard } from './helpers.js';
import { CAP_XSD, validate } from './xmllint.js';

async function exported(b: TestBoard, id: number): Promise<string> {
  const { xml } = await b.call('messages.exportCap', { id });
  const check = validate(xml, CAP_XSD);
  // Every export validates against the official CAP 1.2 schema.
  expect(check.output).toContain('validates');
  expect(check.ok).toBe(true);
  return xml;
}

const board = (exercise = true) => newBoard({ exercise, resourcesDir: resolve('resources') });

describe('CAP 1.2 export of a published message', () => {
  it('one language, the board kommun as the area, Exercise on an exercise board', async () => {
    const b = await board(true);
    await b.call('messages.create', { content: content('Stäng fönster & dörrar <nu>') });
    await b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] });
    const xml = await exported(b, 1);
    const alert = readCap(xml);
    expect(alert).toMatchObject({ status: 'Exercise', msg_type: 'Alert', scope: 'Public', valid: true });
    expect(alert.infos).toHaveLength(1);
    expect(alert.infos[0]).toMatchObject({ language: 'sv-SE', headline: 'Stäng fönster & dörrar <nu>', urgency: 'Immediate', severity: 'Severe', certainty: 'Observed', categories: ['Fire'] });
    // The board's kommun (Gävle, 2180) with its boundary from resources/geo.
    const area = alert.infos[0]?.areas[0];
    expect(area?.description).toBe('Gävle kommun');
    expect(area?.geocodes).toEqual([{ name: 'SE-kommunkod', value: '2180' }]);
    expect(area?.polygons.length).toBeGreaterThan(0);
    const ring = area?.polygons[0] ?? [];
    expect(ring.length).toBeGreaterThan(10);
    // Gävle lies around 60.7 N, 17.1 E: CAP writes lat,lon.
    expect(ring[0]?.[0]).toBeGreaterThan(60);
    expect(ring[0]?.[1]).toBeGreaterThan(16);
    b.core.close();
  });

  it('two languages and a real event: two info blocks, status Actual; the identifier is stable', async () => {
    const b = await board(false);
    const c = content();
    await b.call('messages.create', { content: { ...c, texts: { ...c.texts, en: { headline: 'Close windows and doors', body: 'Fire in Hemlingby. The smoke is toxic.', instruction: 'Stay indoors.' } } } });
    await b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] });
    const xml = await exported(b, 1);
    const alert = readCap(xml);
    expect(alert.status).toBe('Actual');
    expect(alert.infos.map((i) => i.language)).toEqual(['sv-SE', 'en-GB']);
    expect(alert.infos[1]?.headline).toBe('Close windows and doors');
    expect(readCap(await exported(b, 1)).identifier).toBe(alert.identifier);
    b.core.close();
  });

  it('an area drawn on the map becomes a CAP polygon (lat,lon, closed)', async () => {
    const b = await board();
    const ring: [number, number][] = [[17.10, 60.66], [17.16, 60.66], [17.16, 60.70], [17.10, 60.70], [17.10, 60.66]];
    await b.call('messages.create', { content: { ...content(), area: { kommuner: [], shapes: [{ title: 'Hemlingby industriområde', feature: 7, rings: [ring] }] } } });
    await b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] });
    const xml = await exported(b, 1);
    expect(xml).toContain('<polygon>60.66,17.1 60.66,17.16 60.7,17.16 60.7,17.1 60.66,17.1</polygon>');
    expect(readCap(xml).infos[0]?.areas.map((a) => a.description)).toEqual(['Hemlingby industriområde']);
    b.core.close();
  });

  it('an update references the message it replaces (sender,identifier,sent)', async () => {
    const b = await board();
    await b.call('messages.create', { content: content() });
    await b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] });
    const first = readCap(await exported(b, 1));
    await b.call('messages.create', { content: content('Faran är över'), kind: 'Update', replaces: 1 });
    await b.call('messages.publish', { id: 2, version: 1, channels: ['webb'] });
    const update = readCap(await exported(b, 2));
    expect(update.msg_type).toBe('Update');
    expect(update.references).toEqual([{ sender: first.sender, identifier: first.identifier, sent: first.sent }]);
    expect(update.identifier).not.toBe(first.identifier);
    b.core.close();
  });

  it('refuses to export a draft', async () => {
    const b = await board();
    await b.call('messages.create', { content: content() });
    await expect(b.call('messages.exportCap', { id: 1 })).rejects.toThrow(/not_published/);
    b.core.close();
  });
});
