import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/messages/domain';
import { stockholmDateTime } from '../../../shared/time';
import { useMutation } from '../api/useMutation';
import { splitList } from './content';

interface Props {
  message: Message;
  canWrite: boolean;
  onChanged: (message: Message) => void;
}

/**
 * Per required actor, what they said about the current version; the communicator records what an
 * actor said on the phone (the record says who recorded it and when).
 */
export function ApprovalPanel({ message, canWrite, onChanged }: Props) {
  const { t } = useTranslation('messages');
  const approve = useMutation('messages.approve');
  const setApprovers = useMutation('messages.setApprovers');
  const [asking, setAsking] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [approvers, setApproversText] = useState(message.required_actors.join(', '));
  const draft = message.status === 'draft';

  async function decide(actor: string, decision: 'approved' | 'change_requested'): Promise<void> {
    const m = await approve.run({ id: message.id, version: message.version, actor, decision, comment: decision === 'change_requested' ? comment : null });
    if (m) {
      setAsking(null);
      setComment('');
      onChanged(m);
    }
  }

  return (
    <section className="message-section" aria-labelledby={`approvals-${message.id}`}>
      <h3 id={`approvals-${message.id}`}>{t('approval.title', { version: message.version })}</h3>
      {message.approvals.length === 0 && <p className="muted">{t('pane.noApprovers')}</p>}
      <ul className="approval-list">
        {message.approvals.map((a) => (
          <li key={a.actor} className={`approval approval-${a.state}`} data-testid="approval" data-actor={a.actor} data-state={a.state}>
            <span className="approval-actor">{a.actor}</span>
            <span className="approval-state">
              <span aria-hidden="true" className="approval-mark">
                {a.state === 'approved' ? '✓' : a.state === 'change_requested' ? '!' : '…'}
              </span>{' '}
              {t(`approval.${a.state}`)}
            </span>
            {a.comment && <q className="approval-comment">{a.comment}</q>}
            {a.recorded_by && a.recorded_at && <span className="muted approval-by">{t('approval.recorded', { by: a.recorded_by, when: stockholmDateTime(a.recorded_at) })}</span>}
            {canWrite && draft && (
              <span className="approval-actions">
                <button type="button" onClick={() => void decide(a.actor, 'approved')} disabled={approve.pending} aria-label={`${a.actor}: ${t('approval.approve')}`} data-testid="approve">
                  {t('approval.approve')}
                </button>
                <button type="button" onClick={() => setAsking(asking === a.actor ? null : a.actor)} aria-expanded={asking === a.actor} aria-label={`${a.actor}: ${t('approval.requestChange')}`} data-testid="request-change">
                  {t('approval.requestChange')}
                </button>
              </span>
            )}
            {asking === a.actor && (
              <form
                className="message-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  void decide(a.actor, 'change_requested');
                }}
              >
                <label className="field">
                  {t('approval.comment')}
                  <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2_000} required data-testid="change-comment" />
                </label>
                <button type="submit" disabled={approve.pending || !comment.trim()} data-testid="change-send">
                  {t('approval.send')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {approve.error && (
        <p className="error-text" role="alert">
          {approve.error}
        </p>
      )}
      {canWrite && draft && (
        <form
          className="message-row"
          onSubmit={(e) => {
            e.preventDefault();
            void setApprovers.run({ id: message.id, required_actors: splitList(approvers) }).then((m) => m && onChanged(m));
          }}
        >
          <label className="field message-grow">
            {t('approval.approvers')}
            <input value={approvers} onChange={(e) => setApproversText(e.target.value)} data-testid="approvers" />
          </label>
          <button type="submit" disabled={setApprovers.pending}>
            {t('approval.saveApprovers')}
          </button>
          {setApprovers.error && (
            <p className="error-text" role="alert">
              {setApprovers.error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
