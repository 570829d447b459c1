import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutId } from './layouts';
import { useLayout } from './useLayout';

/** The staff seat's choice of layout (Loggförare, Kommunikatör, Stabschef); Alt+L goes round them. */
export function LayoutSwitch() {
  const { t } = useTranslation();
  const { layout, offered: mine, choose } = useLayout();
  const id = useId();
  if (mine.length < 2) return null;
  return (
    <label className="layout-switch" htmlFor={id}>
      <span>{t('layout.label')}</span>
      <select id={id} value={layout.id} onChange={(e) => choose(e.target.value as LayoutId)} aria-describedby={`${id}-hint`} data-testid="layout-switch">
        {mine.map((l) => (
          <option key={l.id} value={l.id}>
            {t(`layout.${l.id}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('layout.hint')}
      </span>
    </label>
  );
}
