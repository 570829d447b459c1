import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCap } from '../../electron/core/warnings/cap-read.js';
import { neighbourShapes, warningShapes } from '../../renderer/src/map/overlays/overlayShapes';
import { fillTemplate } from '../../shared/locales/fill';
import svMap from '../../shared/locales/sv/map.json';
import type { ReceivedReport } from '../../shared/reports/domain';
import type { Warning } from '../../shared/warnings/domain';

const warning = (file: string, state: Warning['state'] = 'active'): Warning => ({
  id: 1,
  alert: readCap(readFileSync(`tests/fixtures/samples/cap/${file}`, 'utf8')),
  file_name: file,
  imported_at: '2026-11-24T06:00:00.000Z',
  imported_by: 'x',
  state,
  replaced_by: null,
});

describe('the map\u2019s read-only overlays', () => {
  it('draws the areas of warnings in force (CAP polygons as lat,lon; circles in metres), not of replaced ones', () => {
    const shapes = warningShapes([warning('v1dot2_appendix_adot2.xml'), warning('v1dot2_appendix_adot4.xml')]);
    expect(shapes.length).toBeGreaterThan(0);
    const polygon = shapes.find((s) => s.kind === 'polygon');
    // Appendix A.2 (a tornado warning in Missouri): CAP's lat,lon stays lat,lng for Leaflet.
    expect(polygon?.kind === 'polygon' && polygon.rings[0]?.[0]?.[0]).toBeCloseTo(38.47, 1);
    expect(polygon?.label).toContain('SEVERE THUNDERSTORM');
    expect(warningShapes([warning('v1dot2_appendix_adot2.xml', 'cancelled')])).toEqual([]);
    // SMHI's warnings name an area by code only: nothing to draw, nothing invented.
    expect(warningShapes([warning('smhi-05-smhi-bpm-1552397401981.xml')])).toEqual([]);
  });

  it('shows the newest report of each neighbour, lon,lat turned to lat,lng, labelled with the sender', () => {
    const report = (number: number, title: string): ReceivedReport => ({
      id: number,
      sender_board: 'sandviken',
      sender: 'Sandviken kommun',
      number,
      received_at: '',
      received_by: '',
      document: {
        schema: 'samlad.lagesrapport/1',
        board: { id: 'sandviken', name: 'Storm', kommun_code: '2181', kommun_name: 'Sandviken', exercise: true },
        number,
        frozen_at: '',
        frozen_by: '',
        head: { seq: 1, hash: '0'.repeat(64) },
        content_hash: '0'.repeat(64),
        body: { period: { from: '', to: '' }, sections: [], entries: [], actors: [], messages: [], features: [{ id: 1, title, category: 'trygghetspunkt', status: 'active', geometry: { type: 'Point', coordinates: [16.78, 60.62] }, new: true }] },
      },
    });
    const shapes = neighbourShapes([report(1, 'Gammal punkt'), report(2, 'Trygghetspunkt Kyrkan')], (v) => fillTemplate(svMap.legend.neighbourFeature, v));
    expect(shapes).toEqual([{ kind: 'point', at: [60.62, 16.78], label: 'Trygghetspunkt Kyrkan – Sandviken kommun (lägesrapport nr 2)' }]);
  });
});
