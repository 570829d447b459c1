import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/messages/domain';
import { useLiveCall } from '../api/useLiveCall';
import type { PaneProps } from '../panes/pane';
import { ApprovalPanel } from './ApprovalPanel';
import { MessageEditor } from './MessageEditor';
import { PublishPanel } from './PublishPanel';
import { VersionDiff } from './VersionDiff';
import { WarningsPanel } from './WarningsPanel';
import './messages.css';

type Editing = { kind: 'new' } | { kind: 'revise'; message: Message } | { kind: 'update'; of: Message } | null;

/** One message: what it says now, who has agreed, its versions, and publishing. */
function MessageDetail({ id, canWrite, boardId, onEdit, onUpdate }: { id: number; canWrite: boolean; boardId: string; onEdit: (m: Message) => void; onUpdate: (m: Message) => void }) {
  const { t } = useTranslation('messages');
  const detail = useLiveCall('messages.get', { id }, { refreshOn: ['message.changed'], refreshIf: (e) => e.event === 'message.changed' && e.data.message.id === id, scope: boardId });
  const m = detail.data?.message;
  if (!m) return null;
  const sv = m.content.texts.sv;
  const refresh = (): void => detail.reload();
  return (
    <article className="message-detail" aria-labelledby={`message-${m.id}`} data-testid="message-detail">
      <header className="message-detail-head">
        <h2 id={`message-${m.id}`}>
          {t('pane.number', { id: m.id })}: {sv.headline}
        </h2>
        <span className={`message-status message-${m.status}`}>
          {t(`pane.${m.status}`)}, {t('pane.version', { version: m.version })}
        </span>
        {m.replaces !== null && <span className="muted">{t('pane.replaces', { id: m.replaces })}</span>}
        {m.replaced_by !== null && <span className="muted">{t('pane.replacedBy', { id: m.replaced_by })}</span>}
      </header>
      <div className="message-text" data-testid="message-text">
        <p className="message-body">{sv.body}</p>
        {sv.instruction && <p className="message-instruction">{sv.instruction}</p>}
      </div>
      {canWrite && m.status === 'draft' && (
        <button type="button" onClick={() => onEdit(m)} data-testid="message-edit">
          {t('form.save')}…
        </button>
      )}
      <ApprovalPanel key={`${m.id}-${m.version}`} message={m} canWrite={canWrite} onChanged={refresh} />
      <PublishPanel key={`p-${m.id}-${m.version}-${m.status}`} message={m} canWrite={canWrite} onChanged={refresh} onUpdate={onUpdate} />
      <VersionDiff key={`d-${m.id}-${m.version}`} id={m.id} versions={detail.data?.versions ?? []} />
    </article>
  );
}

/** Joint messages (samordnade budskap): drafted with the other actors, co-signed, published. */
export function MessagesPane({ board, canWrite }: PaneProps) {
  const { t } = useTranslation('messages');
  const list = useLiveCall('messages.list', {}, { refreshOn: ['message.changed'], scope: board.id });
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const messages = list.data?.messages ?? [];

  function saved(m: Message): void {
    setEditing(null);
    setSelected(m.id);
    list.reload();
  }

  return (
    <section className="pane messages-pane" aria-label={t('pane.title')} data-testid="messages-pane">
      <div className="messages-list-column">
        <div className="messages-head">
          <h2>{t('pane.title')}</h2>
          {canWrite && (
            <button type="button" className="button-primary" onClick={() => setEditing({ kind: 'new' })} data-testid="message-new">
              {t('pane.new')}
            </button>
          )}
        </div>
        {messages.length === 0 && <p className="muted">{t('pane.empty')}</p>}
        <ul className="messages-list" aria-label={t('pane.list')}>
          {messages.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className={`message-item${m.id === selected ? ' message-item-selected' : ''}`}
                aria-current={m.id === selected}
                onClick={() => {
                  setEditing(null);
                  setSelected(m.id);
                }}
                data-testid="message-item"
              >
                <span className="message-item-title">
                  {t('pane.number', { id: m.id })}: {m.content.texts.sv.headline}
                </span>
                <span className={`message-status message-${m.status}`}>{t(`pane.${m.status}`)}</span>
                <span className="muted">
                  {m.status === 'published' ? '' : m.missing.length > 0 ? t('pane.waitingFor', { actors: m.missing.join(', ') }) : m.required_actors.length > 0 ? t('pane.allApproved') : t('pane.noApprovers')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <WarningsPanel canWrite={canWrite} boardId={board.id} />
      </div>
      {/* It scrolls inside the pane: focusable, so a keyboard can scroll a published message. */}
      <div className="messages-detail-column" role="region" aria-label={t('pane.detail')} tabIndex={0}>
        {editing ? (
          <MessageEditor
            boardId={board.id}
            key={editing.kind === 'revise' ? `r-${editing.message.id}-${editing.message.version}` : editing.kind === 'update' ? `u-${editing.of.id}` : 'new'}
            message={editing.kind === 'revise' ? editing.message : null}
            replaces={editing.kind === 'update' ? editing.of : null}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        ) : selected !== null ? (
          <MessageDetail
            id={selected}
            canWrite={canWrite}
            boardId={board.id}
            onEdit={(m) => setEditing({ kind: 'revise', message: m })}
            onUpdate={(m) => setEditing({ kind: 'update', of: m })}
          />
        ) : (
          <p className="muted messages-select">{t('pane.select')}</p>
        )}
      </div>
    </section>
  );
}
