import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo, BoardMode } from '../../../shared/domain/board';
import { BOARD_MODES } from '../../../shared/domain/board';
import { KOMMUNER } from '../../../shared/kommuner';
import { useMutation } from '../api/useMutation';
import { kommunFromInput } from './kommunInput';

/** A new händelse: name, municipality (from the 290), exercise or real, and the mode. */
export function CreateBoardForm({ onOpened }: { onOpened: (board: BoardInfo) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [name, setName] = useState('');
  const [kommun, setKommun] = useState('');
  const [exercise, setExercise] = useState(false);
  const [mode, setMode] = useState<BoardMode>('ordinary');
  const create = useMutation('boards.create');
  const { error, setError } = create;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const k = kommunFromInput(kommun);
    if (!name.trim()) return setError(t('start.nameRequired'));
    if (!k) return setError(t('start.kommunUnknown'));
    const board = await create.run({ name, kommun_code: k.code, exercise, mode });
    if (board) onOpened(board);
  }

  return (
    <form className="card create-board" onSubmit={(e) => void submit(e)} aria-labelledby={`${listId}-h`} data-testid="create-board">
      <h2 id={`${listId}-h`}>{t('start.createTitle')}</h2>
      <label className="field">
        <span>{t('start.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
      </label>
      <label className="field">
        <span>{t('start.kommun')}</span>
        <input
          value={kommun}
          onChange={(e) => setKommun(e.target.value)}
          list={listId}
          autoComplete="off"
          placeholder={t('start.kommunPlaceholder')}
          required
        />
      </label>
      {/* Outside the label, so the 290 names are not read out as part of the field's name. */}
      <datalist id={listId}>
        {KOMMUNER.map((k) => (
          <option key={k.code} value={k.name} />
        ))}
      </datalist>
      <label className="check">
        <input type="checkbox" checked={exercise} onChange={(e) => setExercise(e.target.checked)} />
        <span>{t('start.exercise')}</span>
      </label>
      <fieldset className="radio-group">
        <legend>{t('start.mode')}</legend>
        {BOARD_MODES.map((m) => (
          <label key={m} className="check">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            <span>{t(`modes.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={create.pending}>
        {t('start.create')}
      </button>
    </form>
  );
}
