import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../shared/domain/board';
import { useCanWrite, useDecidesForBoard, useIsHost } from '../api/useConnection';
import { useMutation } from '../api/useMutation';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { NextConferenceCountdown } from '../actors/NextConferenceCountdown';
import { LayoutSwitch } from '../panes/LayoutSwitch';
import { ReadOnlyBanner } from '../record/ReadOnlyBanner';
import { RoomButton } from '../room/RoomButton';
import { useVerification } from '../record/useVerification';
import { VerificationStatus } from '../record/VerificationStatus';
import { PersonBadge } from '../session/PersonBadge';
import { Clock } from './Clock';
import { ExerciseBanner } from './ExerciseBanner';
import { returnFocusHome } from '../ui/focusHome';
import { ModeSwitch } from './ModeSwitch';
import { WallSettingsButton } from '../wall/WallSettingsButton';
import './board.css';

interface Props {
  board: BoardInfo | null;
  onClosed: () => void;
}

/** The top bar on every screen: which board, which municipality, which mode, and the time. */
export function Header({ board, onClosed }: Props) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const decides = useDecidesForBoard();
  const isHost = useIsHost();
  const verification = useVerification(board?.id ?? null);
  const closing = useMutation('boards.close');
  // The server holds one open board for every seat: closing it here blanks the wall too, so it
  // is only done after the user has said yes to exactly that.
  const [confirmingClose, setConfirmingClose] = useState(false);

  async function close(): Promise<void> {
    if (!(await closing.run({}))) return;
    setConfirmingClose(false);
    onClosed();
  }

  function cancelClose(): void {
    setConfirmingClose(false);
    returnFocusHome();
  }

  return (
    <header className="app-header" data-testid="header">
      {board?.exercise && <ExerciseBanner />}
      <div className="header-bar">
        <div className="header-title">
          <span className="app-name">{t('app.name')}</span>
          {board ? (
            <>
              <h1 className="board-name user-text" data-testid="board-name">
                {board.name}
              </h1>
              <span className="board-kommun user-text" data-testid="board-kommun">
                {t('header.kommun', { name: board.kommun_name })}
              </span>
              <ModeSwitch board={board} canChange={decides && !board.read_only} />
            </>
          ) : (
            <h1 className="board-name">{t('header.noBoard')}</h1>
          )}
        </div>
        <div className="header-tools">
          <NextConferenceCountdown boardId={board?.id ?? null} short />
          <Clock />
          {canWrite && <PersonBadge />}
          {board && <RoomButton />}
          {board && <LayoutSwitch />}
          {board && decides && !board.read_only && <WallSettingsButton boardId={board.id} />}
          <LanguageSwitch />
          {board && isHost && !confirmingClose && (
            <button type="button" className="button-quiet" onClick={() => setConfirmingClose(true)} data-testid="close-board">
              {t('header.close')}
            </button>
          )}
        </div>
      </div>
      {board && isHost && confirmingClose && (
        <div className="close-confirm" role="group" aria-label={t('header.closeConfirmLabel')} data-testid="close-confirm">
          <span>{t('header.closeConfirmText')}</span>
          <span className="close-confirm-buttons">
            <button type="button" className="button-danger" onClick={() => void close()} autoFocus data-testid="close-confirm-yes">
              {t('header.closeConfirm')}
            </button>
            <button type="button" className="button-quiet" onClick={cancelClose}>
              {t('header.closeCancel')}
            </button>
          </span>
        </div>
      )}
      {board && (
        <div className="header-meta">
          <div className="header-path user-text" title={board.path}>
            {t('header.path', { path: board.path })}
          </div>
          <VerificationStatus verification={verification} />
        </div>
      )}
      {board && <ReadOnlyBanner board={board} verification={verification} />}
      {closing.error && (
        <div className="error-text" role="alert">
          {closing.error}
        </div>
      )}
    </header>
  );
}
