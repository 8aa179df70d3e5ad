import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ProjectView } from '../../../core/projects/api';
import type { Phase } from '../../../core/projects/model';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { emptyDraft, textFromDraft } from '../../lib/localized-draft';
import { FormProblem } from './FormProblem';
import { todayIso, useProjectChange, useText } from './project-data';

/** Go or no-go on the gate of a phase, with who, when and why. A no-go closes the project. */
export function GateDecisionForm({ project, phase, onDone }: { project: ProjectView; phase: Phase; onDone?: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const lang = useLanguage();
  const [status, setStatus] = useState<'go' | 'no-go'>('go');
  const [decidedBy, setDecidedBy] = useState('');
  const [decidedAt, setDecidedAt] = useState(todayIso());
  const [rationale, setRationale] = useState(emptyDraft(lang));
  const change = useProjectChange(
    project.id,
    (body: BodyOf<'/api/projects/{id}/phases/{phaseId}/gate', 'post'>) =>
      dataOf(api.POST('/api/projects/{id}/phases/{phaseId}/gate', { params: { path: { id: project.id, phaseId: phase.id } }, body })),
    onDone,
  );
  const prefix = `gate-${phase.id}`;
  return (
    <form
      className="entity-form gate-form"
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate({ status, decidedAt, rationale: textFromDraft(rationale), ...(decidedBy.trim() ? { decidedBy: decidedBy.trim() } : {}) });
      }}
    >
      <h3 id={`${prefix}-heading`} className="visually-hidden">
        {t('projects:decideGate')}: {t('projects:gateOf', { phase: text(phase.name) })}
      </h3>
      <fieldset>
        <legend>{t('projects:decision')}</legend>
        {(['go', 'no-go'] as const).map((value) => (
          <label key={value} className="inline-choice">
            <input type="radio" name={`${prefix}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} />{' '}
            {t(`projects:gates.${value}`)}
          </label>
        ))}
      </fieldset>
      {status === 'no-go' && (
        <p className="warning" role="note">
          {t('projects:noGoWarning')}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-by`}>{t('projects:decidedBy')}</label>
        <input id={`${prefix}-by`} type="text" value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-at`}>{t('projects:decidedAt')}</label>
        <input id={`${prefix}-at`} type="date" required value={decidedAt} onChange={(e) => setDecidedAt(e.target.value)} />
      </div>
      <LocalizedTextField
        path={`${prefix}.rationale`}
        label={t('projects:rationale')}
        value={rationale}
        onChange={setRationale}
        issues={new Map()}
        required
        multiline
      />
      <FormProblem error={change.error} />
      <button type="submit" className={status === 'go' ? 'primary' : 'danger'} disabled={change.isPending}>
        {t('projects:decideGate')}
      </button>
    </form>
  );
}
