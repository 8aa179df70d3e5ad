import { ErrorMessage } from '../../components/ErrorMessage';
import { ApiRequestError } from '../../lib/api-client';

/** Why the API refused a form, next to the form: the message (e.g. a 409 about the previous gate)
 *  and, for a 400, each field the server named. */
export function FormProblem({ error }: { error: unknown }) {
  if (!error) return null;
  const issues = error instanceof ApiRequestError ? error.issues : [];
  return (
    <div className="form-problem">
      <ErrorMessage error={error} />
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
