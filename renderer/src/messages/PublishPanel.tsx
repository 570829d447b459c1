import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/messages/domain';
import { stockholmDateTime } from '../../../shared/time';
import { call } from '../api/client';
import { useMutation } from '../api/useMutation';
import { errorText } from '../i18n/errorText';
import { downloadText } from '../ui/download';
import { CHANNELS, isChannel } from './content';

interface Props {
  message: Message;
  canWrite: boolean;
  onChanged: (message: Message) => void;
  onUpdate: (message: Message) => void;
}

/** Publish once everyone has approved; afterwards, when and where, CAP export, and an update. */
export function PublishPanel({ message, canWrite, onChanged, onUpdate }: Props) {
  const { t } = useTranslation('messages');
  const publish = useMutation('messages.publish');
  const [channels, setChannels] = useState<string[]>(message.content.channels);
  const [exportError, setExportError] = useState<string | null>(null);
  const channelName = (c: string): string => (isChannel(c) ? t(`channel.${c}`) : c);

  async function exportCap(): Promise<void> {
    setExportError(null);
    try {
      const { xml, file_name } = await call('messages.exportCap', { id: message.id });
      downloadText(file_name, xml, 'application/xml');
    } catch (e) {
      setExportError(errorText(e));
    }
  }

  if (message.status === 'published') {
    return (
      <section className="message-section" aria-label={t('publish.title')}>
        <p className="message-published" data-testid="message-published">
          {t('publish.done', { when: stockholmDateTime(message.published_at ?? ''), channels: message.published_channels.map(channelName).join(', ') })}
        </p>
        <div className="message-row">
          <button type="button" onClick={() => void exportCap()} data-testid="export-cap">
            {t('publish.exportCap')}
          </button>
          {canWrite && message.replaced_by === null && (
            <button type="button" onClick={() => onUpdate(message)} data-testid="write-update">
              {t('publish.update')}
            </button>
          )}
        </div>
        {exportError && (
          <p className="error-text" role="alert">
            {exportError}
          </p>
        )}
      </section>
    );
  }
  if (!canWrite) return null;
  const blocked = message.missing.length > 0;
  return (
    <section className="message-section" aria-labelledby={`publish-${message.id}`}>
      <h3 id={`publish-${message.id}`}>{t('publish.title')}</h3>
      <fieldset className="message-channels">
        <legend>{t('form.channels')}</legend>
        {[...new Set([...CHANNELS, ...message.content.channels])].map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={channels.includes(c)} onChange={() => setChannels(channels.includes(c) ? channels.filter((x) => x !== c) : [...channels, c])} />
            <span>{channelName(c)}</span>
          </label>
        ))}
      </fieldset>
      {blocked && (
        <p className="notice message-blocked" role="status" data-testid="publish-blocked">
          {t('publish.blocked', { actors: message.missing.join(', ') })}
        </p>
      )}
      {publish.error && (
        <p className="error-text" role="alert">
          {publish.error}
        </p>
      )}
      <button
        type="button"
        className="button-primary"
        disabled={blocked || publish.pending || channels.length === 0}
        onClick={() => void publish.run({ id: message.id, version: message.version, channels }).then((m) => m && onChanged(m))}
        data-testid="publish"
      >
        {t('publish.button', { version: message.version })}
      </button>
      {channels.length === 0 && <p className="muted">{t('publish.channelsNeeded')}</p>}
    </section>
  );
}
