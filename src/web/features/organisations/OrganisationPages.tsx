import { ShareLink } from '../../components/ShareLink';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { OrganisationType, pickText } from '../../../shared/api/index';
import type { OrganisationView } from '../../../shared/api/index';
import { EntityHistory } from '../../components/EntityHistory';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';
import { displayName } from '../../lib/format';
import type { Page } from '../../lib/queries';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { ServerMessage } from '../accounts/SignInPage';
import { useAccountTexts } from '../accounts/texts';
import { OrganisationMatches } from '../matching/MatchesPanel';
import { Interactions } from '../follow-up/Interactions';

/** "Company · Netherlands" in the reader's language: the type's label and the country's name for its ISO code. */
function useOrganisationKind(): (o: Pick<OrganisationView, 'type' | 'country'>) => string {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (o) => `${t(`organisationType.${o.type}`)} · ${displayName(o.country, 'region', lang)}`;
}

const useOrganisation = (id: string) =>
  useQuery({ queryKey: ['organisations', id], queryFn: () => api.get<OrganisationView>(`/organisations/${encodeURIComponent(id)}`) });

export function OrganisationListPage() {
  const tx = useAccountTexts();
  const kind = useOrganisationKind();
  usePageTitle(tx.organisations);
  const list = useQuery({
    queryKey: ['organisations', 'list'],
    queryFn: () => api.get<Page<OrganisationView>>('/organisations', { pageSize: 200 }),
  });
  return (
    <section>
      <h1>{tx.organisations}</h1>
      <QueryView query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{tx.none}</p>
          ) : (
            <ul className="organisation-list">
              {page.items.map((o) => (
                <li key={o.id}>
                  <Link to={`/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link> · {kind(o)}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

export function OrganisationPage() {
  const { id = '' } = useParams();
  const tx = useAccountTexts();
  const lang = useLanguage();
  const kind = useOrganisationKind();
  const organisation = useOrganisation(id);
  const me = useMe();
  usePageTitle(organisation.data?.name);
  const user = me.data?.user;
  const mayEdit =
    !!user && (user.role === 'programme-manager' || user.role === 'admin' || (user.role === 'member' && user.organisationId === id));
  return (
    <QueryView query={organisation}>
      {(o) => (
        <article>
          <h1>{o.name}</h1>
          {/* A public profile is a link anyone can open; a members-only one is not shared. */}
          {o.visibility === 'public' && <ShareLink />}
          <p>
            {kind(o)}
            {o.website && (
              <>
                {' · '}
                <a href={o.website} rel="noopener noreferrer nofollow">
                  {o.website}
                </a>
              </>
            )}
          </p>
          {o.description && <p className="user-prose">{pickText(o.description, lang).text}</p>}
          {'notes' in o && o.notes && (
            <section>
              <h2>{tx.notes}</h2>
              <p className="user-prose">{o.notes}</p>
            </section>
          )}
          {user && <OrganisationMatches organisationId={o.id} />}
          {user && <Interactions links={{ organisationId: o.id }} />}
          {user && <OrganisationForm organisation={o} canEdit={mayEdit} />}
          <EntityHistory entityType="organisation" entityId={o.id} />
        </article>
      )}
    </QueryView>
  );
}

/** Everyone signed in sees the form; the server decides, and says so clearly when it refuses. */
function OrganisationForm({ organisation: o, canEdit }: { organisation: OrganisationView; canEdit: boolean }) {
  const tx = useAccountTexts();
  const { t: label } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [open, setOpen] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    setError(null);
    setSaved(false);
    try {
      await api.put(`/organisations/${encodeURIComponent(o.id)}`, {
        name: value('name'),
        type: value('type'),
        country: value('country'),
        homeRegionId: o.homeRegionId,
        website: value('website') || null,
        description: o.description,
        visibility: value('visibility'),
        ...('notes' in o ? { notes: value('notes') || null } : {}),
      });
      setSaved(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['organisations'] }),
        queryClient.invalidateQueries({ queryKey: ['audit', 'organisation', o.id] }),
      ]);
    } catch (e) {
      setError(e);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} data-may-edit={canEdit}>
        {tx.edit}
      </button>
    );
  }
  return (
    <form className="entity-form" onSubmit={submit} noValidate>
      <h2>{tx.edit}</h2>
      <div className="field">
        <label htmlFor="org-name">{tx.name}</label>
        <input id="org-name" name="name" defaultValue={o.name} required />
      </div>
      <div className="field">
        <label htmlFor="org-type">{tx.type}</label>
        <select id="org-type" name="type" defaultValue={o.type}>
          {OrganisationType.options.map((t) => (
            <option key={t} value={t}>
              {label(`organisationType.${t}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="org-country">{tx.country}</label>
        <input id="org-country" name="country" defaultValue={o.country} maxLength={2} required />
      </div>
      <div className="field">
        <label htmlFor="org-website">{tx.website}</label>
        <input id="org-website" name="website" type="url" defaultValue={o.website ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="org-visibility">{tx.visibility}</label>
        <select id="org-visibility" name="visibility" defaultValue={o.visibility}>
          <option value="public">{label('visibility.public')}</option>
          <option value="members">{label('visibility.members')}</option>
        </select>
      </div>
      {'notes' in o && (
        <div className="field">
          <label htmlFor="org-notes">{tx.notes}</label>
          <textarea id="org-notes" name="notes" defaultValue={o.notes ?? ''} />
        </div>
      )}
      {error !== null && <ServerMessage error={error} />}
      {saved && <p role="status">{tx.saved}</p>}
      <button type="submit" className="button">
        {tx.save}
      </button>
    </form>
  );
}
