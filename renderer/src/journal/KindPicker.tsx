import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, type EntryKind } from '../../../shared/domain/journal';
import { shortcutOf } from './kinds';

/** The six kinds as chips with their Alt+digit hint; the chosen one is filled. */
export function KindPicker({ value, onChange, labelledBy }: { value: EntryKind; onChange: (kind: EntryKind) => void; labelledBy?: string }) {
  const { t } = useTranslation();
  // Arrow keys move within the group, as in any radio group (Tab reaches only the chosen chip).
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = ENTRY_KINDS[(ENTRY_KINDS.indexOf(value) + step + ENTRY_KINDS.length) % ENTRY_KINDS.length] ?? value;
    onChange(next);
    const buttons = e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]');
    buttons[ENTRY_KINDS.indexOf(next)]?.focus();
  }
  return (
    <div
      className="kind-picker"
      role="radiogroup"
      aria-label={labelledBy ? undefined : t('form.kind')}
      aria-labelledby={labelledBy}
      data-testid="kind-picker"
      data-kind={value}
      onKeyDown={onKeyDown}
    >
      {ENTRY_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          role="radio"
          aria-checked={value === kind}
          tabIndex={value === kind ? 0 : -1}
          className={`kind-option kind-${kind}`}
          onClick={() => onChange(kind)}
          data-testid={`kind-${kind}`}
        >
          <span>{t(`kinds.${kind}`)}</span>
          <kbd>{shortcutOf(kind)}</kbd>
        </button>
      ))}
    </div>
  );
}
