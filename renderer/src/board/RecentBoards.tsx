import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../shared/domain/board';
import { stockholmDateTime } from '../../../shared/time';
import { useCanWrite } from '../api/useConnection';
import { useLiveCall } from '../api/useLiveCall';
import { useMutation } from '../api/useMutation';
import { errorText } from '../i18n/errorText';

/** Boards opened before on this machine, newest first; a moved or deleted file is marked. */
export function RecentBoards({ onOpened }: { onOpened: (board: BoardInfo) => void }) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const recent = useLiveCall('boards.recent', {});
  const opening = useMutation('boards.open');
  const boards = recent.data?.boards ?? null;
  const error = opening.error ?? (recent.error !== null ? errorText(recent.error) : null);

  async function open(id: string): Promise<void> {
    const board = await opening.run({ id });
    if (board) onOpened(board);
  }

  return (
    <section className="card recent-boards" aria-labelledby="recent-h" data-testid="recent-boards">
      <h2 id="recent-h">{t('start.recentTitle')}</h2>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {boards?.length === 0 && <p className="muted">{t('start.recentEmpty')}</p>}
      {boards && boards.length > 0 && (
        <ul className="recent-list">
          {boards.map((b) => (
            <li key={b.id} className={b.exists ? 'recent-item' : 'recent-item recent-missing'} data-testid="recent-board">
              <div className="recent-main">
                <bdi className="recent-name">{b.name}</bdi>
                <bdi>{b.kommun_name}</bdi>
                {b.exercise && <span className="tag tag-exercise">{t('start.exerciseTag')}</span>}
                {!b.exists && <span className="tag tag-missing">{t('start.missing')}</span>}
              </div>
              <div className="recent-meta">
                <bdi className="recent-path">{b.path}</bdi>
                <span>{t('start.lastOpened', { when: stockholmDateTime(b.last_opened_at) })}</span>
              </div>
              {canWrite && (
                <button
                  type="button"
                  onClick={() => void open(b.id)}
                  disabled={!b.exists}
                  aria-label={t('start.openNamed', { name: b.name })}
                >
                  {t('start.open')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
