import type { ProfileError } from '../../lib/profile';

/** Errors with their paths, for problems that belong to no single field (an imported file, a sync). */
export function ErrorList({ errors, title }: { errors: readonly ProfileError[]; title: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <strong>{title}</strong>
      <ul>
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`}>
            {e.path ? <code>{e.path}</code> : 'The profile'} {e.message}
            {/* A syntax error says its place in its message; a field's place is added here. */}
            {e.path && e.line !== undefined && (
              <span className="muted">
                {' '}
                (line {e.line}, column {e.column})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Errors about a whole row (a priority or decision), shown above its fields. */
export function RowErrors({ errors, path }: { errors: readonly ProfileError[]; path: string }) {
  const own = errors.filter((e) => e.path === path);
  if (own.length === 0) return null;
  return (
    <ul className="field__errors" role="alert">
      {own.map((e) => (
        <li key={e.message}>{e.message}</li>
      ))}
    </ul>
  );
}
