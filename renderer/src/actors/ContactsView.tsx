import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { FactList } from './FactList';

/**
 * An actor's contacts, liaison, Rakel talk group and our contact person: staff seats only (the
 * server sends a wall seat no contacts, and the wall draws none of this).
 */
export function ContactsView({ actor }: { actor: Actor }) {
  const { t } = useTranslation('actors');
  const contacts = actor.contacts ?? [];
  const facts: [string, string | null][] = [
    [t('registry.type'), t(`type.${actor.type}`)],
    [t('registry.interval'), t('registry.intervalValue', { minutes: actor.report_interval_min })],
    [t('registry.liaison'), actor.liaison],
    [t('registry.rakel'), actor.rakel_group],
    [t('registry.ourContact'), actor.our_contact],
  ];
  return (
    <section className="contacts" aria-label={t('registry.contacts')} data-testid="actor-contacts">
      <FactList facts={facts} />
      {contacts.length > 0 && (
        <table className="contacts-table">
          <caption className="visually-hidden">{t('registry.contacts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.contact.name')}</th>
              <th scope="col">{t('registry.contact.role')}</th>
              <th scope="col">{t('registry.contact.phone')}</th>
              <th scope="col">{t('registry.contact.email')}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c, i) => (
              <tr key={i}>
                <td>
                  <bdi>{c.name}</bdi>
                </td>
                <td>
                  <bdi>{c.role}</bdi>
                </td>
                <td>
                  <bdi>{c.phone}</bdi>
                </td>
                <td>
                  <bdi>{c.email}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
