import { useTranslation } from 'react-i18next';
import { AddTranslation } from '../../components/AddTranslation';
import { UserText } from '../../components/UserText';
import { Button, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ProjectView } from '../../../core/projects/api';
import type { Activity, Deliverable, Phase } from '../../../core/projects/model';
import { formatPrecisionDate } from '../../../core/projects/precision-date';
import { nextPendingGate, overdueDeliverables } from '../../../core/projects/rules';
import { EntityHistory } from '../../components/EntityHistory';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { ActivityEventsLink } from '../events/ActivityEventsLink';
import { ActivityForm } from './ActivityForm';
import { DeliverableForm, DeliveredForm } from './DeliverableForms';
import { DocumentsSection } from './DocumentsSection';
import { Interactions } from '../follow-up/Interactions';
import { NewTaskButton } from '../follow-up/NewTaskModal';
import { ProjectOrigins } from '../follow-up/ProjectOrigins';
import { GateDecisionForm } from './GateDecisionForm';
import { BudgetSection, ProjectParties } from './ProjectFacts';
import { DeliverableStatus, ProjectTimeline } from './ProjectTimeline';
import { PublicProjectPage } from './PublicProjectSummary';
import { ResultsTable } from './ResultsTable';
import { projectPath, todayIso, useProject, useText } from './project-data';

/** Visitors: the public summary. Signed-in users: the whole project (budgets only for programme managers and admins, who also edit). */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const me = useMe();
  const signedIn = !!me.data;
  const project = useProject(id, signedIn);
  usePageTitle(project.data ? text(project.data.title) : t('projects:projects'));
  // Visitors read the public summary (no budgets, people, documents or notes).
  if (me.isSuccess && !signedIn) return <PublicProjectPage id={id} />;
  const role = me.data?.user.role;
  const manages = role === 'programme-manager' || role === 'admin';
  return <QueryView query={project}>{(p) => <ProjectDetails project={p} manages={manages} />}</QueryView>;
}

function ProjectDetails({ project: p, manages }: { project: ProjectView; manages: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const today = todayIso();
  const base = `/api${projectPath(p.id)}`;
  const overdue = overdueDeliverables(p, today);
  const next = nextPendingGate(p);
  return (
    <article className="project-page">
      <header className="page-header">
        <h1>
          <UserText text={p.title} />
        </h1>
        <p>
          {t('projects:status')}: <strong>{p.closure ? t('projects:closed') : t(`projects:statuses.${p.status}`)}</strong>
          {p.location?.region && ` · ${text(p.location.region)}${p.location.district ? `, ${text(p.location.district)}` : ''}`}
        </p>
        <nav className="page-actions" aria-label={t('projects:download')}>
          <a className="button" href={`${base}/report.pdf?lang=${lang}`} download>
            {t('projects:report')}
          </a>
          <a className="button" href={`${base}/activities.ics?lang=${lang}`}>
            {t('projects:calendar')}
          </a>
          {manages && (
            <>
              <a className="button" href={`${base}/iati`} download>
                {t('projects:iati')}
              </a>
              <Link className="button" to={`${projectPath(p.id)}/edit`}>
                {t('projects:editProject')}
              </Link>
            </>
          )}
        </nav>
      </header>
      {p.closure && (
        <p className="notice notice-closed" role="status">
          {t('projects:projectClosedNotice', { reason: text(p.closure.reason) })}
        </p>
      )}
      {manages && <AddTranslation text={p.title} target={{ record: 'projects', id: p.id, field: 'title' }} invalidate={['projects']} />}
      <p className="user-prose">
        <UserText text={p.purpose} />
      </p>
      {manages && <AddTranslation text={p.purpose} target={{ record: 'projects', id: p.id, field: 'purpose' }} invalidate={['projects']} />}
      {overdue.length > 0 && (
        <section className="overdue-panel" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">
            ⚠ {t('projects:overdue')} ({overdue.length})
          </h2>
          <ul>
            {overdue.map((o) => (
              <li key={o.deliverable.id}>
                {text(o.deliverable.title)} — {formatPrecisionDate(o.deliverable.due, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProjectTimeline project={p} today={today} />
      {manages && next && <GateDecision key={next.id} project={p} phase={next} />}
      <section aria-labelledby="phases-heading">
        <h2 id="phases-heading">{t('projects:phases')}</h2>
        {[...p.phases]
          .sort((a, b) => a.order - b.order)
          .map((phase) => (
            <PhaseSection key={phase.id} project={p} phase={phase} manages={manages} overdueIds={new Set(overdue.map((o) => o.deliverable.id))} />
          ))}
      </section>
      <ResultsTable project={p} manages={manages} />
      {p.budgetLines && <BudgetSection project={p} manages={manages} />}
      <ProjectParties project={p} manages={manages} />
      <DocumentsSection project={p} manages={manages} />
      <ProjectOrigins projectId={p.id} />
      <Interactions links={{ projectId: p.id }} />
      <EntityHistory entityType="project" entityId={p.id} />
    </article>
  );
}

/** The next pending gate's decision: a button, the form in a modal. */
function GateDecision({ project, phase }: { project: ProjectView; phase: Phase }) {
  const { t } = useTranslation();
  const text = useText();
  const [open, setOpen] = useState(false);
  const title = `${t('projects:decideGate')}: ${t('projects:gateOf', { phase: text(phase.name) })}`;
  return (
    <p>
      {/* A long label wraps on a phone instead of widening the page. */}
      <Button variant="light" h="auto" py={6} styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }} onClick={() => setOpen(true)}>
        {title}
      </Button>
      <FormModal opened={open} onClose={() => setOpen(false)} title={title}>
        <GateDecisionForm project={project} phase={phase} onDone={() => setOpen(false)} />
      </FormModal>
    </p>
  );
}

/** A project form in a modal, full screen on a phone; its content mounts only while open. */
function FormModal({ opened, onClose, title, children }: { opened: boolean; onClose: () => void; title: string; children: React.ReactNode }) {
  const phone = useMediaQuery('(max-width: 40em)');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={phone}>
      {opened && children}
    </Modal>
  );
}

function PhaseSection({ project, phase, manages, overdueIds }: { project: ProjectView; phase: Phase; manages: boolean; overdueIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const text = useText();
  const [adding, setAdding] = useState<'activity' | 'deliverable' | null>(null);
  const gate = phase.gate;
  const lastActivity = phase.activities.at(-1);
  return (
    <section className="phase" aria-labelledby={`phase-${phase.id}`}>
      <h3 id={`phase-${phase.id}`}>
        {phase.order}. {text(phase.name)}
      </h3>
      <ul className="activity-list">
        {phase.activities.map((a) => (
          <ActivityItem key={a.id} project={project} phase={phase} activity={a} manages={manages} overdueIds={overdueIds} />
        ))}
      </ul>
      <FormModal
        opened={manages && !project.closure && adding !== null}
        onClose={() => setAdding(null)}
        title={adding === 'deliverable' ? t('projects:addDeliverable') : t('projects:addActivity')}
      >
        {adding === 'activity' && <ActivityForm project={project} phaseId={phase.id} onDone={() => setAdding(null)} />}
        {adding === 'deliverable' && lastActivity && <DeliverableForm project={project} activityId={lastActivity.id} onDone={() => setAdding(null)} />}
      </FormModal>
      {manages && !project.closure && (
        <div className="form-actions">
          <button type="button" onClick={() => setAdding('activity')}>
            {t('projects:addActivity')}: {text(phase.name)}
          </button>
          {/* A deliverable is the outcome of one of the phase's activities. */}
          {lastActivity && (
            <button type="button" onClick={() => setAdding('deliverable')}>
              {t('projects:addDeliverable')}: {text(phase.name)}
            </button>
          )}
        </div>
      )}
      <p className={`gate-line gate-${gate.status}`}>
        <span className="gate-symbol" aria-hidden="true">
          ◆
        </span>{' '}
        {t('projects:gateOf', { phase: text(phase.name) })}: <strong>{t(`projects:gates.${gate.status}`)}</strong>
        {gate.decidedAt && ` — ${gate.decidedAt}`}
        {gate.decidedBy && `, ${gate.decidedBy}`}
        {gate.rationale && `: ${text(gate.rationale)}`}
      </p>
    </section>
  );
}

function ActivityItem({
  project,
  phase,
  activity: a,
  manages,
  overdueIds,
}: {
  project: ProjectView;
  phase: Phase;
  activity: Activity;
  manages: boolean;
  overdueIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const [editing, setEditing] = useState(false);
  const orgName = (id: string) => text(project.organisations.find((o) => o.id === id)?.name);
  return (
    <li className="activity" data-activity={a.id}>
      <FormModal opened={editing} onClose={() => setEditing(false)} title={`${t('projects:editActivity')}: ${text(a.title)}`}>
        <ActivityForm project={project} activity={a} phaseId={phase.id} onDone={() => setEditing(false)} />
      </FormModal>
      <p>
        <strong>{text(a.title)}</strong> <span className="tag">{t(`projects:activityTypes.${a.type}`)}</span> — {formatPrecisionDate(a.date, lang)}
        {a.recurring && ` (${t('projects:recurring')})`}
        {a.tentative && ` (${t('projects:tentative')})`} · {t(`projects:activityStatuses.${a.status}`)}
        {a.place && ` · ${t('projects:place')}: ${text(a.place.name)}`}
        {manages && (
          <button type="button" className="small-button" onClick={() => setEditing(true)}>
            {t('projects:editActivity')}
            <span className="visually-hidden">: {text(a.title)}</span>
          </button>
        )}
      </p>
      <ActivityEventsLink projectId={project.id} activityId={a.id} />
      {a.organisationIds.length > 0 && (
        <p className="muted">
          {t('projects:participants')}: {a.organisationIds.map(orgName).join(', ')}
        </p>
      )}
      {a.programme && a.programme.sessions.length > 0 && (
        <div>
          {t('projects:programme')}
          {a.programme.days ? ` (${t('projects:days', { count: a.programme.days })})` : ''}:
          <ul>
            {a.programme.sessions.map((s) => (
              <li key={s.id}>
                {s.day ? `${t('projects:day', { n: s.day })}: ` : ''}
                {t(`projects:sessionKinds.${s.kind}`)} — {text(s.title)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {a.deliverables.length > 0 && (
        <ul className="deliverable-list">
          {a.deliverables.map((d) => (
            <DeliverableItem key={d.id} project={project} activity={a} deliverable={d} manages={manages} overdue={overdueIds.has(d.id)} />
          ))}
        </ul>
      )}
    </li>
  );
}

function DeliverableItem({
  project,
  activity,
  deliverable: d,
  manages,
  overdue,
}: {
  project: ProjectView;
  activity: Activity;
  deliverable: Deliverable;
  manages: boolean;
  overdue: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useText();
  const [editing, setEditing] = useState(false);
  const owner = project.organisations.find((o) => o.id === d.ownerOrganisationId);
  const user = useMe().data?.user;
  // Tasks about a deliverable: its project's managers and the owning organisation's members (the API checks).
  const canTask = manages || (!!user?.organisationId && user.organisationId === d.ownerOrganisationId);
  return (
    <li data-deliverable={d.id} className={overdue ? 'deliverable overdue' : 'deliverable'}>
      <FormModal opened={editing} onClose={() => setEditing(false)} title={`${t('projects:editDeliverable')}: ${text(d.title)}`}>
        <DeliverableForm project={project} deliverable={d} activityId={activity.id} onDone={() => setEditing(false)} />
      </FormModal>
      {t('projects:deliverable')}: {text(d.title)} — {formatPrecisionDate(d.due, lang)} · <DeliverableStatus status={d.status} overdue={overdue} />
      {owner && ` · ${t('projects:owner')}: ${text(owner.name)}`}
      {manages && (
        <button type="button" className="small-button" onClick={() => setEditing(true)}>
          {t('projects:editDeliverable')}
          <span className="visually-hidden">: {text(d.title)}</span>
        </button>
      )}
      {canTask && (
        <NewTaskButton variant="subtle" source={{ kind: 'deliverable', id: d.id, parentId: project.id }} about={`${text(project.title)}: ${text(d.title)}`} />
      )}
      {d.evidence.length > 0 && (
        <ul>
          {d.evidence.map((e) => (
            <li key={e.id}>
              {t('projects:evidence')}: {text(e.note)}
              {e.documentId && ` (${text(project.documents.find((doc) => doc.id === e.documentId)?.title)})`}
            </li>
          ))}
        </ul>
      )}
      {manages && (d.status === 'planned' || d.status === 'in-progress') && <DeliveredForm project={project} deliverable={d} />}
    </li>
  );
}
