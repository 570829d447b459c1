import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo, BoardMode } from '../../../shared/domain/board';
import { useMutation } from '../api/useMutation';
import { returnFocusHome } from '../ui/focusHome';

interface Props {
  board: BoardInfo;
  canChange: boolean;
}

/**
 * The board's mode, and for staff seats the way to change it. Activating krisledning is a
 * decision: it asks once more, and the server logs it in the journal in the same commit.
 */
export function ModeSwitch({ board, canChange }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const setMode = useMutation('boards.setMode');
  const busy = setMode.pending;
  const target: BoardMode = board.mode === 'ordinary' ? 'activated' : 'ordinary';

  async function change(): Promise<void> {
    if (!(await setMode.run({ mode: target }))) return;
    setConfirming(false);
    // The buttons that had focus are gone: back to where the log keeper types.
    returnFocusHome();
  }

  return (
    <span className="mode-switch">
      <span className={`mode-badge mode-${board.mode}`} data-testid="board-mode">
        {t(`modes.${board.mode}`)}
      </span>
      {canChange && !confirming && (
        <button type="button" className="button-quiet button-small" onClick={() => setConfirming(true)} data-testid="mode-change">
          {t(`modeSwitch.to.${target}`)}
        </button>
      )}
      {canChange && confirming && (
        <span className="mode-confirm" role="group" aria-label={t('modeSwitch.confirmLabel')}>
          <span className="mode-confirm-text">{t('modeSwitch.logged')}</span>
          <button type="button" className="button-danger button-small" disabled={busy} onClick={() => void change()} data-testid="mode-confirm">
            {t(`modeSwitch.confirm.${target}`)}
          </button>
          <button type="button" className="button-quiet button-small" disabled={busy} onClick={() => {
              setConfirming(false);
              returnFocusHome();
            }}>
            {t('modeSwitch.cancel')}
          </button>
        </span>
      )}
      {setMode.error && (
        <span className="error-text" role="alert">
          {setMode.error}
        </span>
      )}
    </span>
  );
}
