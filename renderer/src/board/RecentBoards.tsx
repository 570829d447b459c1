import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo, RecentBoard } from '../../../shared/domain/board';
import { stockholmDateTime } from '../../../shared/time';
import { call } from '../api/client';
import { useCanWrite, useConnection } from '../api/useConnection';
import { errorText } from '../i18n/errorText';

/** Boards opened before on this machine, newest first; a moved or deleted file is marked. */
export function RecentBoards({ onOpened }: { onOpened: (board: BoardInfo) => void }) {
  const { t } = useTranslation();
  const { epoch } = useConnection();
  const canWrite = useCanWrite();
  const [boards, setBoards] = useState<RecentBoard[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (epoch === 0) return;
    let live = true;
    call('boards.recent', {})
      .then((r) => live && setBoards(r.boards))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [epoch, t]);

  async function open(id: string): Promise<void> {
    setError(null);
    try {
      onOpened(await call('boards.open', { id }));
    } catch (e) {
      setError(errorText(e));
    }
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
