import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useConnection } from '../api/useConnection';
import { errorText } from '../i18n/errorText';
import type { PaneProps } from '../panes/pane';
import { ActorHistory } from './ActorHistory';
import { AssignmentsList } from './AssignmentsList';
import { BeslutIStortList } from './BeslutIStortList';
import { ConferencePanel } from './ConferencePanel';
import { FormError } from '../ui/FormError';
import { NextConferenceCountdown } from './NextConferenceCountdown';
import { RegistryEditor } from './RegistryEditor';
import { StatusGrid, StatusSummary } from './StatusGrid';
import { Tabs, type Tab } from './Tabs';
import { useActorRegistry } from './useActorRegistry';
import { useNow } from './useNow';
import './actors.css';

type TabKey = 'status' | 'assignments' | 'conference' | 'bis' | 'registry';

/**
 * The actors (aktörer): on the wall, the status panel alone, large, with the next conference; on a
 * staff seat, tabs for the status panel, assignments, the samverkanskonferens, Beslut i stort and
 * the registry. A tile opens the actor's history.
 */
export function ActorsPane({ board, canWrite }: PaneProps) {
  const { t } = useTranslation('actors');
  const { role } = useConnection();
  const { actors, error } = useActorRegistry(board.id);
  const now = useNow();
  const [tab, setTab] = useState<TabKey>('status');
  const [opened, setOpened] = useState<Actor | null>(null);

  const grid = <StatusGrid actors={actors} now={now} onOpen={setOpened} withSummary={role !== 'wall'} />;
  const tabs: Tab<TabKey>[] = [
    { key: 'status', label: t('pane.tab.status') },
    { key: 'assignments', label: t('pane.tab.assignments') },
    { key: 'conference', label: t('pane.tab.conference') },
    { key: 'bis', label: t('pane.tab.bis') },
    ...(canWrite ? [{ key: 'registry' as const, label: t('pane.tab.registry') }] : []),
  ];

  return (
    <section className="pane actors-pane" aria-label={t('pane.title')} data-testid="actors-pane">
      {/* A staff seat's column is narrow: its tabs say where one is, the title is for screen readers. */}
      <div className={role === 'wall' ? 'actors-head' : 'visually-hidden'}>
        <h2>{t('pane.title')}</h2>
        {role === 'wall' && <StatusSummary actors={actors} now={now} />}
        {role === 'wall' && <NextConferenceCountdown boardId={board.id} />}
      </div>
      <FormError message={error !== null ? errorText(error) : null} />
      {role === 'wall' ? (
        <div className="actors-body">{grid}</div>
      ) : (
        <Tabs label={t('pane.tabs')} tabs={tabs} selected={tab} onSelect={setTab}>
          {tab === 'status' && grid}
          {tab === 'assignments' && <AssignmentsList boardId={board.id} actors={actors} canWrite={canWrite} now={now} />}
          {tab === 'conference' && <ConferencePanel boardId={board.id} actors={actors} canWrite={canWrite} />}
          {tab === 'bis' && <BeslutIStortList boardId={board.id} actors={actors} canWrite={canWrite} />}
          {tab === 'registry' && canWrite && <RegistryEditor actors={actors} />}
        </Tabs>
      )}
      {opened && <ActorHistory actor={opened} canWrite={canWrite} now={now} onClose={() => setOpened(null)} />}
    </section>
  );
}
