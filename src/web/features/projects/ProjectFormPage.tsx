import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { ProjectView } from '../../../core/projects/api';
import type { ActivityStatus, Currency, Project } from '../../../core/projects/model';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api, type BodyOf, dataOf } from '../../lib/api-client';
import { draftFromText, textFromDraft } from '../../lib/localized-draft';
import { usePageTitle } from '../../lib/use-page-title';
import { createProjectFromLead, ProjectLeadNotice, useProjectLead } from '../follow-up/ProjectFromLead';
import { ConceptPicker } from '../thesaurus/ConceptPicker';
import { FormProblem } from './FormProblem';
import { projectPath, useProject, useProjectChange, useText, wholeProject, withLanguage } from './project-data';

/** A whole-project update names the revision it was based on; a new project its id. */
type ProjectSave = { kind: 'update'; project: BodyOf<'/api/projects/{id}', 'put'> } | { kind: 'create'; project: BodyOf<'/api/projects', 'post'> };

/** Create a project (`/projects/new`) or edit its core fields (`/projects/:id/edit`). */
export function ProjectFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  usePageTitle(id ? t('projects:editProject') : t('projects:newProject'));
  const project = useProject(id ?? '', id !== undefined);
  if (id === undefined) return <ProjectForm />;
  return <QueryView query={project}>{(p) => <ProjectForm project={p} />}</QueryView>;
}

function ProjectForm({ project }: { project?: ProjectView }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const navigate = useNavigate();
  const [id, setId] = useState(project?.id ?? '');
  const [iatiIdentifier, setIatiIdentifier] = useState(project?.iatiIdentifier ?? 'XE-EXAMPLE-CTB-');
  const [title, setTitle] = useState(draftFromText(project?.title, lang));
  const [purpose, setPurpose] = useState(draftFromText(project?.purpose, lang));
  const [status, setStatus] = useState<ActivityStatus>(project?.status ?? 1);
  const [dates, setDates] = useState(project?.dates ?? {});
  const [country, setCountry] = useState(project?.location?.countryCode ?? 'CN');
  const [region, setRegion] = useState(text(project?.location?.region));
  const [district, setDistrict] = useState(text(project?.location?.district));
  const [currency, setCurrency] = useState<Currency>(project?.currency ?? 'EUR');
  const [themes, setThemes] = useState(project?.themes ?? []);
  const [phaseNames, setPhaseNames] = useState(t('projects:defaultPhases'));
  const [funderActivity, setFunderActivity] = useState(project?.iati?.fundedBy?.activityId ?? '');
  const [funder, setFunder] = useState(project?.iati?.fundedBy?.organisationId ?? '');
  // A new project started from a match or a meeting keeps the link (features/follow-up).
  const lead = useProjectLead();
  const target = project?.id ?? id;
  const change = useProjectChange(
    target,
    (save: ProjectSave) =>
      save.kind === 'update'
        ? dataOf(api.PUT('/api/projects/{id}', { params: { path: { id: save.project.id } }, body: save.project }))
        : lead
          ? createProjectFromLead(lead, save.project)
          : dataOf(api.POST('/api/projects', { body: save.project })),
    () => void navigate(projectPath(target)),
  );
  const submit = () => {
    const location = {
      countryCode: country.trim().toUpperCase(),
      ...(region.trim() ? { region: withLanguage(lang, region, project?.location?.region) } : {}),
      ...(district.trim() ? { district: withLanguage(lang, district, project?.location?.district) } : {}),
    };
    const core = {
      iatiIdentifier: iatiIdentifier.trim(),
      title: textFromDraft(title),
      purpose: textFromDraft(purpose),
      status,
      dates: Object.fromEntries(Object.entries(dates).filter(([, v]) => v)),
      location: country.trim() ? location : undefined,
      currency,
      themes,
      iati: fundedByPart(project?.iati, funderActivity, funder),
    };
    if (project) {
      // A whole-project update: everything the form does not show is sent back as it is.
      change.mutate({ kind: 'update', project: wholeProject(project, core) });
      return;
    }
    const phases = phaseNames
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    const created = {
      id: id.trim(),
      ...core,
      budgetLines: [],
      transactions: [],
      organisations: [],
      people: [],
      participations: [],
      bodies: [],
      documents: [],
      agreements: [],
      results: [],
      phases: phases.map((name, i) => ({
        id: `${id.trim()}-phase-${i + 1}`,
        order: i + 1,
        name: withLanguage(lang, name),
        gate: { status: 'pending' as const },
        activities: [],
      })),
    };
    change.mutate({ kind: 'create', project: created });
  };
  const dateField = (key: keyof Project['dates'], label: string) => (
    <div className="field">
      <label htmlFor={`project-${key}`}>{label}</label>
      <input id={`project-${key}`} type="date" value={dates[key] ?? ''} onChange={(e) => setDates({ ...dates, [key]: e.target.value })} />
    </div>
  );
  return (
    <form
      className="entity-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h1>{project ? `${t('projects:editProject')}: ${text(project.title)}` : t('projects:newProject')}</h1>
      {!project && lead && <ProjectLeadNotice lead={lead} />}
      {!project && (
        <div className="field">
          <label htmlFor="project-id">{t('projects:projectId')}</label>
          <input id="project-id" type="text" required pattern="[A-Za-z0-9][A-Za-z0-9_\-]*" value={id} onChange={(e) => setId(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor="project-iati">{t('projects:iatiIdentifier')}</label>
        <input id="project-iati" type="text" required value={iatiIdentifier} onChange={(e) => setIatiIdentifier(e.target.value)} />
      </div>
      <LocalizedTextField path="title" label={t('projects:title')} value={title} onChange={setTitle} issues={new Map()} required />
      <LocalizedTextField path="purpose" label={t('projects:purpose')} value={purpose} onChange={setPurpose} issues={new Map()} required multiline />
      <div className="field">
        <label htmlFor="project-status">{t('projects:status')}</label>
        <select id="project-status" value={status} onChange={(e) => setStatus(Number(e.target.value) as ActivityStatus)}>
          {([1, 2, 3, 4, 5, 6] as const).map((s) => (
            <option key={s} value={s}>
              {t(`projects:statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        {dateField('plannedStart', t('projects:plannedStart'))}
        {dateField('plannedEnd', t('projects:plannedEnd'))}
        {dateField('actualStart', t('projects:actualStart'))}
        {dateField('actualEnd', t('projects:actualEnd'))}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="project-country">{t('projects:country')}</label>
          <input id="project-country" type="text" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="project-region">{t('projects:region')}</label>
          <input id="project-region" type="text" value={region} onChange={(e) => setRegion(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="project-district">{t('projects:district')}</label>
          <input id="project-district" type="text" value={district} onChange={(e) => setDistrict(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="project-currency">{t('projects:currency')}</label>
        <select id="project-currency" value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
          <option value="EUR">EUR</option>
          <option value="CNY">CNY</option>
        </select>
      </div>
      <div className="field">
        <ConceptPicker id="project-themes" label={t('projects:themes')} placeholder={t('projects:themesPlaceholder')} value={themes} onChange={setThemes} />
      </div>
      <fieldset className="field-row">
        <legend>{t('projects:fundedBy')}</legend>
        <div className="field">
          <label htmlFor="project-funder-activity">{t('projects:funderActivityId')}</label>
          <input
            id="project-funder-activity"
            type="text"
            maxLength={200}
            placeholder="NL-KVK-27378529-26688"
            aria-describedby="project-funder-activity-help"
            value={funderActivity}
            onChange={(e) => setFunderActivity(e.target.value)}
          />
          <small id="project-funder-activity-help" className="muted">
            {t('projects:funderActivityHelp')}
          </small>
        </div>
        {project && project.organisations.length > 0 && (
          <div className="field">
            <label htmlFor="project-funder">{t('projects:funderOrganisation')}</label>
            <select id="project-funder" value={funder} onChange={(e) => setFunder(e.target.value)}>
              <option value="">{t('projects:funderAnyFunding')}</option>
              {project.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {text(o.name)}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      {!project && (
        <div className="field">
          <label htmlFor="project-phases">{t('projects:phaseNames')}</label>
          <textarea id="project-phases" rows={4} value={phaseNames} onChange={(e) => setPhaseNames(e.target.value)} />
        </div>
      )}
      <FormProblem error={change.error} />
      <button type="submit" className="primary" disabled={change.isPending}>
        {t('projects:save')}
      </button>
    </form>
  );
}

/**
 * The project's IATI extension with the funder's activity it implements set or cleared; the rest
 * of the extension (kept from an imported file) goes back as it was.
 */
function fundedByPart(iati: ProjectView['iati'], activityId: string, organisationId: string): ProjectView['iati'] {
  const { fundedBy: _previous, ...rest } = iati ?? {};
  const fundedBy = activityId.trim() ? { activityId: activityId.trim(), ...(organisationId ? { organisationId } : {}) } : undefined;
  if (!fundedBy && Object.keys(rest).length === 0) return iati === undefined ? undefined : rest;
  return { ...rest, ...(fundedBy ? { fundedBy } : {}) };
}
