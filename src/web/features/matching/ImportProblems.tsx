import { useTranslation } from 'react-i18next';
import { formatImportProblem } from './import-problem';

type Problem = { row: number; column: string; code?: string; params?: Record<string, unknown>; message: string };

/**
 * The problems of an import's preview by row and column, in the reader's language. An import may
 * word its own fields (`column`, `message`); by default the column as the file names it and the
 * catalogue's sentence of the problem's code.
 */
export function ImportProblems<P extends Problem>({
  problems,
  column = (p) => p.column,
  message,
}: {
  problems: P[];
  column?: (p: P) => string;
  message?: (p: P) => string;
}) {
  const { t } = useTranslation();
  return (
    <table className="import-problems" data-testid="import-problems">
      <thead>
        <tr>
          <th scope="col">{t('matching:imports.row')}</th>
          <th scope="col">{t('matching:imports.column')}</th>
          <th scope="col">{t('matching:imports.message')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, i) => (
          <tr key={i}>
            <td>{problem.row}</td>
            <td>{column(problem)}</td>
            <td>{message ? message(problem) : formatImportProblem(problem, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
