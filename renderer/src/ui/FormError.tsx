/**
 * A form's failure in words, read out when it appears. `id`: for the field that names it in
 * aria-describedby; `testId`: for the tests.
 */
export function FormError({ message, id, testId }: { message: string | null; id?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p className="error-text" role="alert" id={id} data-testid={testId}>
      {message}
    </p>
  );
}
