/** Label–value facts as a definition list (class actor-facts); a fact with no value is left out. */
export function FactList({ facts }: { facts: readonly (readonly [string, string | null])[] }) {
  return (
    <dl className="actor-facts">
      {facts
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <bdi>{v}</bdi>
            </dd>
          </div>
        ))}
    </dl>
  );
}
