import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo, BoardMode } from '../../../shared/domain/board';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const target: BoardMode = board.mode === 'ordinary' ? 'activated' : 'ordinary';

  async function change(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await call('boards.setMode', { mode: target });
      setConfirming(false);
      // The buttons that had focus are gone: back to where the log keeper types.
      returnFocusHome();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
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
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
