import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { LocalizedTextField } from '../../components/LocalizedTextField';
import { useLanguage } from '../../i18n/index';
import type { FormIssue } from '../../lib/form-issues';
import { emptyOffice } from './twinning-draft';
import type { OfficeDraft } from './twinning-draft';

/** The representation offices of a twinning: add, edit and remove rows. */
export function OfficesField({
  offices,
  onChange,
  issues,
}: {
  offices: readonly OfficeDraft[];
  onChange: (offices: OfficeDraft[]) => void;
  issues: ReadonlyMap<string, FormIssue>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const update = (index: number, patch: Partial<OfficeDraft>) => onChange(offices.map((office, i) => (i === index ? { ...office, ...patch } : office)));
  return (
    <fieldset className="repeating-field">
      <legend>{t('field.offices')}</legend>
      {offices.map((office, index) => {
        const path = `offices.${index}`;
        return (
          <fieldset key={index} className="repeating-item">
            <legend>
              {t('field.office')} {index + 1}
            </legend>
            <FormField path={`${path}.organisation`} label={t('field.organisation')} issue={issues.get(`${path}.organisation`)} required>
              {(control) => (
                <input {...control} type="text" value={office.organisation} onChange={(event) => update(index, { organisation: event.target.value })} />
              )}
            </FormField>
            <LocalizedTextField
              path={`${path}.city`}
              label={t('field.city')}
              value={office.city}
              onChange={(city) => update(index, { city })}
              issues={issues}
            />
            <FormField path={`${path}.openedYear`} label={t('field.openedYear')} issue={issues.get(`${path}.openedYear`)}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  value={office.openedYear}
                  onChange={(event) => update(index, { openedYear: event.target.value })}
                />
              )}
            </FormField>
            <button type="button" onClick={() => onChange(offices.filter((_, i) => i !== index))}>
              {t('form.removeItem', { name: t('field.office'), number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...offices, emptyOffice(lang)])}>
        {t('form.add')}: {t('field.office')}
      </button>
    </fieldset>
  );
}
