import { useTranslation } from 'react-i18next';
import { ACTOR_TYPES, type ActorType, type Contact } from '../../../shared/domain/actor';

/** An actor's registry details as a form edits them (texts, not nulls). */
export interface DetailsDraft {
  name: string;
  type: ActorType;
  interval: string;
  liaison: string;
  rakel_group: string;
  our_contact: string;
  contacts: ContactDraft[];
}

export interface ContactDraft {
  name: string;
  role: string;
  phone: string;
  email: string;
}

const NO_CONTACT: ContactDraft = { name: '', role: '', phone: '', email: '' };

export function contactDraft(c: Contact): ContactDraft {
  return { name: c.name ?? '', role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' };
}

interface Props {
  draft: DetailsDraft;
  onChange: (draft: DetailsDraft) => void;
  /** Contacts are edited on staff seats only (a wall seat never has them). */
  withContacts: boolean;
}

/** Name, type, report interval, liaison, Rakel talk group, our contact; and its contacts. */
export function ActorDetailsFields({ draft, onChange, withContacts }: Props) {
  const { t } = useTranslation('actors');
  const set = (patch: Partial<DetailsDraft>): void => onChange({ ...draft, ...patch });
  const setContact = (i: number, patch: Partial<ContactDraft>): void => set({ contacts: draft.contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const text = (label: string, key: 'name' | 'liaison' | 'rakel_group' | 'our_contact', testId: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[key]} onChange={(e) => onChange({ ...draft, [key]: e.target.value })} maxLength={200} data-testid={testId} />
    </label>
  );
  return (
    <>
      {text(t('registry.name'), 'name', 'registry-name')}
      <div className="form-row">
        <label className="field">
          <span>{t('registry.type')}</span>
          <select value={draft.type} onChange={(e) => set({ type: e.target.value as ActorType })} data-testid="registry-type">
            {ACTOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('registry.intervalMinutes')}</span>
          <input value={draft.interval} onChange={(e) => set({ interval: e.target.value })} inputMode="numeric" size={5} data-testid="registry-interval" />
        </label>
      </div>
      {withContacts && (
        <>
          <div className="form-row">
            {text(t('registry.liaison'), 'liaison', 'registry-liaison')}
            {text(t('registry.rakel'), 'rakel_group', 'registry-rakel')}
            {text(t('registry.ourContact'), 'our_contact', 'registry-our-contact')}
          </div>
          {draft.contacts.map((c, i) => (
            <fieldset key={i} className="task-row" data-testid="contact-row">
              <legend>{t('registry.contactN', { n: i + 1 })}</legend>
              <div className="form-row">
                {(['name', 'role', 'phone', 'email'] as const).map((k) => (
                  <label key={k} className="field">
                    <span>{t(`registry.contact.${k}`)}</span>
                    <input value={c[k]} onChange={(e) => setContact(i, { ...c, [k]: e.target.value })} maxLength={200} data-testid={`contact-${k}`} />
                  </label>
                ))}
              </div>
              <button type="button" className="button-small" onClick={() => set({ contacts: draft.contacts.filter((_, j) => j !== i) })}>
                {t('registry.removeContact', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <div>
            <button type="button" className="button-small" onClick={() => set({ contacts: [...draft.contacts, NO_CONTACT] })} data-testid="contact-add">
              {t('registry.addContact')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
