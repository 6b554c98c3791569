/**
 * A panel's outcome: a status line, always in the page so that a screen reader hears it change,
 * and an alert for an error. `name` prefixes their test ids ("data-status", "data-error").
 */
export function StatusLines({ status, error, name }: { status: string | undefined; error: string | undefined; name: string }) {
  return (
    <>
      <p role="status" class="status" data-testid={`${name}-status`}>
        {status}
      </p>
      {error && (
        <p role="alert" class="error" data-testid={`${name}-error`}>
          {error}
        </p>
      )}
    </>
  );
}
