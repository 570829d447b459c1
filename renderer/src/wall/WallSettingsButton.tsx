import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Modal } from '../actors/Modal';
import { WallSettingsForm } from './WallSettingsForm';
import './wall.css';

/** In a staff seat's header: opens the wall display's settings (the crisis lead sets them). */
export function WallSettingsButton({ boardId }: { boardId: string }) {
  const { t } = useTranslation('wall');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button-quiet" onClick={() => setOpen(true)} data-testid="wall-settings-open">
        {t('settings.open')}
      </button>
      {/* Outside the dark header, whose colours its buttons would otherwise take. */}
      {open &&
        createPortal(
          <Modal title={t('settings.title')} onClose={() => setOpen(false)} testId="wall-settings-dialog">
            <WallSettingsForm boardId={boardId} />
          </Modal>,
          document.body,
        )}
    </>
  );
}
