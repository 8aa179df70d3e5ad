import { MultiSelect } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { ThesaurusConcept } from '../../../shared/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../accounts/session';
import { FormProblem } from '../projects/FormProblem';

type Concept = z.output<typeof ThesaurusConcept>;
const languages = ['nl', 'en', 'zh'] as const;
type Lang = (typeof languages)[number];
const enc = encodeURIComponent;

/** Everyone browses and searches the concepts; admins edit labels and links, add and revert concepts. */
export function ThesaurusPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  usePageTitle(t('thesaurus:title'));
  const { id } = useParams();
  const admin = useMe().data?.user.role === 'admin';
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  // Kept here: a saved form is re-created with the saved labels, so it cannot say so itself.
  const [saved, setSaved] = useState(false);
  const list = useQuery({ queryKey: ['thesaurus'], queryFn: () => dataOf(api.GET('/api/thesaurus')) });
  const concepts = useMemo(() => list.data?.concepts ?? [], [list.data]);
  const byId = useMemo(() => new Map(concepts.map((c) => [c.id, c])), [concepts]);
  const needle = search.trim().toLowerCase();
  const shown = concepts
    .filter((c) => !needle || c.id.includes(needle) || languages.some((l) => c.labels[l].some((label) => label.toLowerCase().includes(needle))))
    .sort((a, b) => a.prefLabel[lang].localeCompare(b.prefLabel[lang], lang));
  const selected = id ? byId.get(id) : undefined;
  return (
    <section className="thesaurus">
      <h1>{t('thesaurus:title')}</h1>
      <p>
        {t('thesaurus:intro')} <a href="/api/thesaurus/skos.ttl">{t('thesaurus:skos')}</a>
      </p>
      {list.isError && <ErrorMessage error={list.error} />}
      {admin && (
        <p>
          <button type="button" onClick={() => setCreating((open) => !open)} aria-expanded={creating}>
            {t('thesaurus:newConcept')}
          </button>
        </p>
      )}
      {saved && <p role="status">{t('thesaurus:saved')}</p>}
      {admin && creating && (
        <ConceptForm
          key="new"
          concepts={concepts}
          onSaved={() => {
            setCreating(false);
            setSaved(true);
          }}
        />
      )}
      <div className="thesaurus-browser">
        <div>
          <label>
            {t('thesaurus:search')} <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <p>
            {shown.length} {t('thesaurus:concepts')}
          </p>
          <ul className="concept-list">
            {shown.map((c) => (
              <li key={c.id}>
                <Link to={`/thesaurus/${enc(c.id)}`} aria-current={c.id === id ? 'page' : undefined}>
                  {c.prefLabel[lang]}
                </Link>{' '}
                {c.edited && <span className="tag">{t('thesaurus:edited')}</span>}
              </li>
            ))}
          </ul>
        </div>
        <div>
          {selected ? (
            <>
              <ConceptDetails concept={selected} byId={byId} />
              {admin && (
                <ConceptForm key={`${selected.id}:${JSON.stringify(selected)}`} concept={selected} concepts={concepts} onSaved={() => setSaved(true)} />
              )}
              {admin && selected.edited && <RevertButton id={selected.id} />}
            </>
          ) : (
            <p>{t('thesaurus:select')}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function ConceptDetails({ concept: c, byId }: { concept: Concept; byId: ReadonlyMap<string, Concept> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const links = (ids: string[]) =>
    ids.length === 0
      ? t('thesaurus:none')
      : ids.map((other, i) => (
          <span key={other}>
            {i > 0 && ', '}
            <Link to={`/thesaurus/${enc(other)}`}>{byId.get(other)?.prefLabel[lang] ?? other}</Link>
          </span>
        ));
  return (
    <article aria-labelledby="concept-heading" data-testid="concept">
      <h2 id="concept-heading">
        {c.prefLabel[lang]} <code>{c.id}</code>
      </h2>
      <dl>
        {languages.map((l) => (
          <div key={l}>
            <dt lang={l}>
              {t('thesaurus:labels')} ({l})
            </dt>
            <dd lang={l} data-testid={`labels-${l}`}>
              {c.labels[l].join(' · ')}
            </dd>
          </div>
        ))}
        <dt>{t('thesaurus:broader')}</dt>
        <dd>{links(c.broader)}</dd>
        <dt>{t('thesaurus:narrower')}</dt>
        <dd>{links(c.narrower)}</dd>
        <dt>{t('thesaurus:theme')}</dt>
        <dd>{c.theme}</dd>
        <dt>{t('thesaurus:dac')}</dt>
        <dd>{c.dac.length ? c.dac.join(', ') : t('thesaurus:none')}</dd>
        <dt>{t('thesaurus:gemet')}</dt>
        <dd>
          {c.gemet ? (
            <a href={`https://www.eionet.europa.eu/gemet/en/concept/${c.gemet.id}`} rel="noreferrer">
              {c.gemet.en} ({c.gemet.id})
            </a>
          ) : (
            t('thesaurus:none')
          )}
        </dd>
      </dl>
    </article>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Labels per language and broader links of a concept, or a new concept (with its id). */
function ConceptForm({ concept, concepts, onSaved }: { concept?: Concept; concepts: readonly Concept[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [id, setId] = useState(concept?.id ?? '');
  const [labels, setLabels] = useState<Record<Lang, string>>(() => ({
    nl: concept?.labels.nl.join('\n') ?? '',
    en: concept?.labels.en.join('\n') ?? '',
    zh: concept?.labels.zh.join('\n') ?? '',
  }));
  const [broader, setBroader] = useState<string[]>(concept?.broader ?? []);
  const save = useMutation({
    mutationFn: () =>
      dataOf(
        api.PUT('/api/thesaurus/concepts/{id}', {
          params: { path: { id: id.trim() } },
          body: {
            // A language left empty keeps its labels as they are.
            labels: Object.fromEntries(languages.flatMap((l) => (lines(labels[l]).length ? [[l, lines(labels[l])]] : []))),
            broader,
          },
        }),
      ),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['thesaurus'] });
      onSaved();
      void navigate(`/thesaurus/${enc(saved.id)}`);
    },
  });
  const formId = concept ? `edit-${concept.id}` : 'new-concept';
  return (
    <form
      className="concept-form"
      aria-labelledby={`${formId}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3 id={`${formId}-heading`}>{concept ? t('thesaurus:edit') : t('thesaurus:newConcept')}</h3>
      {!concept && (
        <label>
          {t('thesaurus:id')} <input required value={id} onChange={(e) => setId(e.target.value)} pattern="[a-z0-9][a-z0-9\-]*" />
        </label>
      )}
      {languages.map((l) => (
        <label key={l}>
          {t('thesaurus:labelsOf', { lang: l })}
          <textarea lang={l} rows={3} value={labels[l]} onChange={(e) => setLabels({ ...labels, [l]: e.target.value })} />
        </label>
      ))}
      {/* Chosen by their label in the reader's language; the ids stay behind the scenes. */}
      <MultiSelect
        label={t('thesaurus:broaderIds')}
        searchable
        limit={50}
        data={concepts.filter((c) => c.id !== concept?.id).map((c) => ({ value: c.id, label: c.prefLabel[lang] }))}
        value={broader}
        onChange={setBroader}
      />
      <button type="submit" disabled={save.isPending}>
        {t('thesaurus:save')}
      </button>
      <FormProblem error={save.error} />
    </form>
  );
}

function RevertButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const revert = useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/thesaurus/concepts/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['thesaurus'] }),
  });
  return (
    <p>
      <button type="button" onClick={() => revert.mutate()} disabled={revert.isPending}>
        {t('thesaurus:revert')}
      </button>
      {revert.isSuccess && <span role="status"> {t('thesaurus:reverted')}</span>}
      <FormProblem error={revert.error} />
    </p>
  );
}
