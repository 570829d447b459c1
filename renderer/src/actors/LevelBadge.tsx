import { useTranslation } from 'react-i18next';
import type { ActorLevel } from '../../../shared/domain/actor';
import { LevelMark } from './LevelMark';

/** The level as shape, colour and word ("▲ Förhöjd beredskap"). */
export function LevelBadge({ level }: { level: ActorLevel }) {
  const { t } = useTranslation('actors');
  return (
    <span className={`level-badge level-${level}`} data-testid="level-badge" data-level={level}>
      <LevelMark level={level} />
      {t(`level.${level}`)}
    </span>
  );
}
