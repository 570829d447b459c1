import { useTranslation } from 'react-i18next';
import { clearPerson, usePerson } from './person';
import './session.css';

/** Who is at this seat, in the header, with a way to hand the seat over to someone else. */
export function PersonBadge() {
  const { t } = useTranslation('session');
  const name = usePerson();
  if (name === null) return null;
  return (
    <span className="person-badge" data-testid="person-badge">
      {t('you')} <bdi>{name}</bdi>
      <button type="button" className="button-quiet" onClick={clearPerson} aria-label={t('changeNamed', { name })}>
        {t('change')}
      </button>
    </span>
  );
}
