interface Props {
  label: string;
  accept: string;
  testId: string;
  /** The file chosen; the field is cleared at once, so the same file can be chosen again. */
  onFile: (file: File) => void;
}

/** A labelled file chooser for reading one file in (a CAP warning, a neighbour's report). */
export function FileField({ label, accept, testId, onFile }: Props) {
  return (
    <label className="field">
      {label}
      <input
        type="file"
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
        data-testid={testId}
      />
    </label>
  );
}
