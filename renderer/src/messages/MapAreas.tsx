import { useTranslation } from 'react-i18next';
import type { AreaShape } from '../../../shared/messages/domain';
import { useLiveCall } from '../api/useLiveCall';
import { shapeOf } from './areaShapes';

interface Props {
  boardId: string;
  shapes: readonly AreaShape[];
  onChange: (shapes: AreaShape[]) => void;
}

/**
 * The map's areas in force, to choose the message's affected area from. A chosen area is copied
 * into the version (a published message keeps the area it went out with); one no longer on the
 * map stays listed while the message has it.
 */
export function MapAreas({ boardId, shapes, onChange }: Props) {
  const { t } = useTranslation('messages');
  const map = useLiveCall('map.list', {}, { refreshOn: ['map.feature'], scope: boardId });
  const areas = (map.data?.features ?? []).filter((f) => f.kind === 'area' && f.status !== 'ended');
  const chosen = new Set(shapes.map((s) => s.feature));
  const kept = shapes.filter((s) => s.feature === null || !areas.some((a) => a.id === s.feature));
  const toggle = (id: number): void => {
    if (chosen.has(id)) return onChange(shapes.filter((s) => s.feature !== id));
    const feature = areas.find((a) => a.id === id);
    const shape = feature ? shapeOf(feature) : null;
    if (shape) onChange([...shapes, shape]);
  };
  return (
    <fieldset className="message-channels" data-testid="message-map-areas">
      <legend>{t('form.mapAreas')}</legend>
      {areas.length === 0 && kept.length === 0 && <span className="muted">{t('form.noMapAreas')}</span>}
      {areas.map((a) => (
        <label key={a.id} className="check">
          <input type="checkbox" checked={chosen.has(a.id)} onChange={() => toggle(a.id)} />
          <span>{a.title}</span>
        </label>
      ))}
      {kept.map((s) => (
        <label key={`kept-${s.feature ?? s.title}`} className="check">
          <input type="checkbox" checked onChange={() => onChange(shapes.filter((x) => x !== s))} />
          <span>{t('form.keptArea', { title: s.title })}</span>
        </label>
      ))}
    </fieldset>
  );
}
