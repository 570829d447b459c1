import { useTranslation } from 'react-i18next';
import type { EntryKind } from '../../../shared/domain/journal';

/** The kind as a colour-coded label, the same colour everywhere (form, filter, list). */
export function KindChip({ kind }: { kind: EntryKind }) {
  const { t } = useTranslation();
  return <span className={`kind-chip kind-${kind}`}>{t(`kinds.${kind}`)}</span>;
}
