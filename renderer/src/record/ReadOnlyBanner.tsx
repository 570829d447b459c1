import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../shared/domain/board';
import type { Verification } from '../../../shared/record/record';

/**
 * Why nothing can be written to this board, as an alert: the file is damaged, or its record did
 * not hold when it was checked; then where it first fails ("Loggen håller inte vid post N (…)").
 * The check's result can arrive a moment before the board says it is read-only: shown at once.
 */
export function ReadOnlyBanner({ board, verification }: { board: BoardInfo; verification: Verification | null }) {
  const { t } = useTranslation('record');
  const { t: tBoard } = useTranslation();
  const broken = verification?.state === 'broken' ? verification.first_bad : null;
  if (!board.read_only && !broken) return null;
  let text: string;
  if (board.read_only_reason === 'damaged' || !broken) {
    text = tBoard(`header.readOnly.${board.read_only_reason ?? 'damaged'}`);
  } else {
    const problem = t(`problems.${broken.problem}`, { table: broken.table ?? '', key: broken.key ?? '' });
    const entry = /^journal\/(\d+)$/.exec(broken.subject ?? '')?.[1];
    if (broken.seq === null) text = t('verification.brokenNoSeq', { problem });
    else if (entry !== undefined) text = t('verification.brokenEntry', { seq: broken.seq, entry, problem });
    else text = t('verification.broken', { seq: broken.seq, problem });
  }
  return (
    <div className="readonly-banner" role="alert" data-testid="readonly-banner" data-reason={broken ? 'chain_broken' : (board.read_only_reason ?? '')}>
      {text}
    </div>
  );
}
