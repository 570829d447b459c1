import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/useConnection';
import { clearPerson, usePerson } from './person';
import './session.css';

/**
 * Who is at this seat, in the header, with a way to hand the seat over to someone else. A seat
 * paired over the network writes under the name it paired with whatever is typed later, so it
 * shows that name and offers no change (another person pairs with a code of their own).
 */
export function PersonBadge() {
  const { t } = useTranslation('session');
  const { seat } = useConnection();
  const stated = usePerson();
  const pairedName = seat !== null && seat.kind !== 'host' ? seat.name : null;
  const name = pairedName ?? stated;
  if (name === null) return null;
  return (
    <span className="person-badge" data-testid="person-badge">
      {t('you')} <bdi>{name}</bdi>
      {pairedName === null && (
        <button type="button" className="button-quiet" onClick={clearPerson} aria-label={t('changeNamed', { name })}>
          {t('change')}
        </button>
      )}
    </span>
  );
}
