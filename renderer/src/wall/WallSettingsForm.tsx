import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stockholmTime } from '../../../shared/time';
import { ROTATE_SECONDS_MAX, ROTATE_SECONDS_MIN, WALL_MODES, WALL_PALETTES, WALL_PANELS, type WallConfig, type WallMode, type WallPalette, type WallPanel, type WallSettings } from '../../../shared/wall/config';
import { useMutation } from '../api/useMutation';
import { FormError } from '../ui/FormError';
import { useWallSettings } from './useWallSettings';

/** The seconds field as typed: a whole number in range, or null (the form says what it takes). */
export function parseRotateSeconds(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= ROTATE_SECONDS_MIN && n <= ROTATE_SECONDS_MAX ? n : null;
}

/**
 * The crisis lead's settings for the wall display: which panels, all at once or in turn (one or
 * two at a time, how many seconds each), and day, night or automatic colours. Saved as one
 * record; the wall follows within a second.
 */
export function WallSettingsForm({ boardId }: { boardId: string }) {
  const { t } = useTranslation('wall');
  const { settings, loaded } = useWallSettings(boardId);
  // The form starts from the stored settings: it opens once they are here.
  return loaded ? <SettingsForm settings={settings} /> : <p className="muted">{t('settings.loading')}</p>;
}

function SettingsForm({ settings }: { settings: WallSettings }) {
  const { t } = useTranslation('wall');
  const id = useId();
  const save = useMutation('wall.configure');
  const [panels, setPanels] = useState<WallPanel[]>(settings.config.panels);
  const [mode, setMode] = useState<WallMode>(settings.config.mode);
  const [perView, setPerView] = useState(settings.config.per_view);
  const [seconds, setSeconds] = useState(String(settings.config.rotate_seconds));
  const [palette, setPalette] = useState<WallPalette>(settings.config.palette);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  function toggle(panel: WallPanel, on: boolean): void {
    setPanels((now) => WALL_PANELS.filter((p) => (p === panel ? on : now.includes(p))));
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setSavedAt(null);
    if (panels.length === 0) return save.setError(t('settings.noPanel'));
    const rotate = parseRotateSeconds(seconds);
    if (rotate === null) return save.setError(t('settings.badSeconds'));
    const config: WallConfig = { panels, mode, per_view: perView, rotate_seconds: rotate, palette };
    const result = await save.run(config);
    if (result) setSavedAt(stockholmTime(new Date()));
  }

  return (
    <form className="wall-settings" onSubmit={(e) => void submit(e)} data-testid="wall-settings" noValidate>
      <p>{t('settings.intro')}</p>
      <fieldset>
        <legend>{t('settings.panels')}</legend>
        {WALL_PANELS.map((p) => (
          <label key={p} className="wall-choice">
            <input type="checkbox" checked={panels.includes(p)} onChange={(e) => toggle(p, e.target.checked)} data-testid={`wall-panel-${p}`} />
            {t(`panel.${p}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.mode')}</legend>
        {WALL_MODES.map((m) => (
          <label key={m} className="wall-choice">
            <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setMode(m)} data-testid={`wall-mode-${m}`} />
            {t(`settings.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'rotate' && (
        <fieldset>
          <legend>{t('settings.perView')}</legend>
          {[1, 2].map((n) => (
            <label key={n} className="wall-choice">
              <input type="radio" name={`${id}-per-view`} checked={perView === n} onChange={() => setPerView(n)} data-testid={`wall-per-view-${n}`} />
              {t(n === 1 ? 'settings.one' : 'settings.two')}
            </label>
          ))}
          <label className="wall-seconds">
            {t('settings.seconds')}
            <input type="text" inputMode="numeric" value={seconds} onChange={(e) => setSeconds(e.target.value)} data-testid="wall-seconds" />
          </label>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('settings.palette')}</legend>
        {WALL_PALETTES.map((p) => (
          <label key={p} className="wall-choice">
            <input type="radio" name={`${id}-palette`} checked={palette === p} onChange={() => setPalette(p)} data-testid={`wall-palette-${p}`} />
            {t(`settings.${p}`)}
          </label>
        ))}
      </fieldset>
      <FormError message={save.error} />
      <div className="wall-settings-foot">
        <button type="submit" disabled={save.pending} data-testid="wall-save">
          {t('settings.save')}
        </button>
        <span className="muted" role="status" data-testid="wall-saved">
          {savedAt
            ? t('settings.saved', { time: savedAt })
            : settings.changed_by && settings.changed_at
              ? t('settings.lastSet', { by: settings.changed_by, time: stockholmTime(settings.changed_at) })
              : t('settings.neverSet')}
        </span>
      </div>
    </form>
  );
}
