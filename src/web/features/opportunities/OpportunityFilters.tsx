import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OpportunityStatus, themes } from '../../../shared/api/index';
import { LanguageFilter } from '../../components/LanguageFilter';
import type { RegionSummary, Theme } from '../../../shared/api/index';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { RegionSelect } from '../../components/RegionSelect';
import { sortKeys } from './list-query';
import type { ListState, SortKey } from './list-query';

const searchDelayMs = 300;

/** Search box, filters and sort; every change goes to the URL through `onChange`. */
export function OpportunityFilters({
  state,
  regions,
  onChange,
}: {
  state: ListState;
  regions: readonly RegionSummary[];
  onChange: (patch: Partial<ListState>) => void;
}) {
  const { t } = useTranslation();
  return (
    <form className="filters" role="search" aria-label={t('opportunities.filters')} onSubmit={(event) => event.preventDefault()}>
      <SearchBox value={state.q} onSearch={(q) => onChange({ q })} />
      <div className="field">
        <label htmlFor="filter-region">{t('opportunities.region')}</label>
        <RegionSelect
          control={{ id: 'filter-region' }}
          regions={regions}
          value={state.regionId[0] ?? ''}
          onChange={(id) => onChange({ regionId: id ? [id] : [] })}
          emptyLabel={t('opportunities.allRegions')}
        />
      </div>
      <details className="theme-filter" open={state.theme.length > 0}>
        <summary>{state.theme.length > 0 ? t('opportunities.themesSelected', { count: state.theme.length }) : t('opportunities.themes')}</summary>
        <CheckboxGroup<Theme>
          path="filter-theme"
          legend={t('opportunities.themes')}
          options={themes.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
          selected={state.theme}
          onChange={(theme) => onChange({ theme })}
        />
      </details>
      <LanguageFilter
        id="filter-language"
        label={t('opportunities.language')}
        anyLabel={t('opportunities.anyLanguage')}
        value={state.language}
        onChange={(language) => onChange({ language })}
      />
      <LanguageFilter
        id="filter-missing"
        label={t('translation.missing.label')}
        anyLabel={t('translation.missing.any')}
        value={state.missingLanguage}
        onChange={(missingLanguage) => onChange({ missingLanguage })}
      />
      <div className="field">
        <label htmlFor="filter-status">{t('opportunities.status')}</label>
        <select
          id="filter-status"
          value={state.status[0] ?? ''}
          onChange={(event) => {
            const status = OpportunityStatus.safeParse(event.target.value);
            onChange({ status: status.success ? [status.data] : [] });
          }}
        >
          <option value="">{t('opportunities.anyStatus')}</option>
          {OpportunityStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="filter-sort">{t('opportunities.sort')}</label>
          <select id="filter-sort" value={state.sort ?? ''} onChange={(event) => onChange({ sort: (event.target.value || undefined) as SortKey | undefined })}>
            <option value="">{t(`opportunities.sortBy.${state.q ? 'relevance' : 'title'}`)}</option>
            {sortKeys
              .filter((key) => key !== 'relevance' || state.q)
              .map((key) => (
                <option key={key} value={key}>
                  {t(`opportunities.sortBy.${key}`)}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-order">{t('opportunities.order')}</label>
          <select id="filter-order" value={state.order} onChange={(event) => onChange({ order: event.target.value === 'desc' ? 'desc' : 'asc' })}>
            <option value="asc">{t('opportunities.orderAsc')}</option>
            <option value="desc">{t('opportunities.orderDesc')}</option>
          </select>
        </div>
      </div>
    </form>
  );
}

/** Typing updates the URL (and the search) once the reader pauses, not on every keystroke. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  // The latest callback, without restarting the pause timer whenever the parent re-renders.
  const search = useRef(onSearch);
  useEffect(() => {
    search.current = onSearch;
  });
  // Follow the URL when it changes from outside (back button, a link), keeping what is being typed.
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => search.current(text.trim()), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <div className="field">
      <label htmlFor="filter-q">{t('opportunities.search')}</label>
      <input id="filter-q" type="search" value={text} placeholder={t('opportunities.searchPlaceholder')} onChange={(event) => setText(event.target.value)} />
    </div>
  );
}
