import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { ActorEditor } from './ActorEditor';
import { CsvImport } from './CsvImport';
import { FormError } from '../ui/FormError';

/**
 * The actor registry (staff seats): add, rename and edit, retire or bring back — never delete —
 * and import from CSV.
 */
export function RegistryEditor({ actors }: { actors: readonly Actor[] }) {
  const { t } = useTranslation('actors');
  const [editing, setEditing] = useState<Actor | 'new' | null>(null);
  const retire = useActorMutation('actors.retire');
  return (
    <div className="registry" data-testid="registry">
      <div className="actors-toolbar">
        <button type="button" className="button-primary" onClick={() => setEditing('new')} data-testid="registry-add">
          {t('registry.add')}
        </button>
      </div>
      <FormError message={retire.error} />
      <ul className="registry-list">
        {actors.map((a) => (
          <li key={a.id} className={a.retired ? 'registry-row tile-retired' : 'registry-row'} data-testid="registry-row" data-actor={a.name}>
            <span className="registry-name">
              <bdi>{a.name}</bdi>
              <span className="muted">{' · '}{t(`type.${a.type}`)}</span>
              {a.retired && <span className="tag">{t('registry.retired')}</span>}
            </span>
            <span className="registry-buttons">
              <button type="button" className="button-small" onClick={() => setEditing(a)} aria-label={t('registry.editLabel', { name: a.name })} data-testid="registry-edit">
                {t('registry.edit')}
              </button>
              <button
                type="button"
                className="button-small"
                disabled={retire.pending}
                onClick={() => void retire.run({ id: a.id, retired: !a.retired })}
                aria-label={t(a.retired ? 'registry.restoreLabel' : 'registry.retireLabel', { name: a.name })}
                data-testid="registry-retire"
              >
                {t(a.retired ? 'registry.restore' : 'registry.retire')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('registry.csvTitle')}</h3>
      <CsvImport />
      {editing && <ActorEditor actor={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
