import { useId } from 'react';
import { ACTOR_MAX } from '../../../shared/domain/journal';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The board's known actors, offered as the user types. */
  actors: readonly string[];
  testId: string;
  invalid?: boolean;
  size?: number;
}

/** An actor/source field with the board's known actors as suggestions (entry form, correction, filter). */
export function ActorField({ label, value, onChange, actors, testId, invalid, size }: Props) {
  const listId = useId();
  return (
    <>
      <label className="field-inline">
        <span>{label}</span>
        <input
          value={value}
          onChange={(e) => onChange(e.target.value)}
          list={listId}
          maxLength={ACTOR_MAX}
          autoComplete="off"
          size={size}
          aria-invalid={invalid}
          className="user-text"
          data-testid={testId}
        />
      </label>
      {/* Outside the label, so the suggestions are not read out as part of the field's name. */}
      <datalist id={listId}>
        {actors.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
    </>
  );
}
