import { Button, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../core/projects/api';
import type { Project } from '../../../core/projects/model';
import { useConfirm } from '../../components/ConfirmDeleteButton';
import { FormFooter, FormProblem } from './FormProblem';
import { newId, useProjectUpdate } from './project-data';

/** What a section's form edits: a draft of one item, its setter and a prefix for element ids. */
export interface FieldsProps<Draft> {
  project: ProjectView;
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  prefix: string;
}

/**
 * One editable list of a project (results, budget lines, transactions, organisations, agreements,
 * governance bodies): how an item is named, drafted, read back from its draft, and written into
 * the project. Every change is a whole-project update with the revision the page read.
 */
export interface SectionSpec<Item extends { id: string }, Draft> {
  /** For element ids: 'budget-line'. */
  key: string;
  items: readonly Item[];
  name: (item: Item) => string;
  addLabel: string;
  editLabel: string;
  draftOf: (item: Item | undefined) => Draft;
  itemOf: (draft: Draft, id: string, previous: Item | undefined) => Item;
  Fields: (props: FieldsProps<Draft>) => React.ReactNode;
  /** The parts of the project that change when the section's items become `items`. */
  save: (items: Item[]) => Partial<Project>;
  /** What else goes when the item is removed ("Its 2 indicators and their reported values go with it."). */
  consequence?: (item: Item) => string | undefined;
}

export interface SectionControls {
  /** Edit and Remove for one item, beside the item where the section shows it; null for readers. */
  actions: (id: string) => React.ReactNode;
  /** "Add …", the removal's error and the form's dialog, below the section's items; null for readers. */
  footer: React.ReactNode;
}

/**
 * Add, edit and remove the items of one section, for programme managers: the section shows its
 * items once, with these controls inline; each form opens in a modal (full screen on a phone) and
 * removal asks first, naming what goes.
 */
export function useSectionEditor<Item extends { id: string }, Draft>(project: ProjectView, spec: SectionSpec<Item, Draft>, enabled: boolean): SectionControls {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const phone = useMediaQuery('(max-width: 40em)');
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useProjectUpdate(project);
  const write = (item: Item) =>
    spec.save(spec.items.some((x) => x.id === item.id) ? spec.items.map((x) => (x.id === item.id ? item : x)) : [...spec.items, item]);
  if (!enabled) return { actions: () => null, footer: null };
  const current = editing === null || editing === 'new' ? undefined : spec.items.find((x) => x.id === editing);
  const title = current ? `${spec.editLabel}: ${spec.name(current)}` : spec.addLabel;
  return {
    actions: (id) => {
      const item = spec.items.find((x) => x.id === id);
      if (!item) return null;
      const name = spec.name(item);
      return (
        <span className="item-actions">
          <Button size="compact-sm" variant="light" onClick={() => setEditing(item.id)} aria-label={`${t('projects:edit')}: ${name}`}>
            {t('projects:edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            loading={remove.isPending}
            aria-label={`${t('projects:remove')}: ${name}`}
            onClick={() =>
              confirm({
                title: t('projects:confirm.removeTitle', { name }),
                message: [spec.consequence?.(item), t('projects:confirm.remove')].filter(Boolean).join(' '),
                confirmLabel: t('projects:confirm.removeYes'),
                onConfirm: () => remove.mutate(spec.save(spec.items.filter((x) => x.id !== item.id))),
              })
            }
          >
            {t('projects:remove')}
          </Button>
        </span>
      );
    },
    footer: (
      <>
        <FormProblem error={remove.error} />
        <Button variant="light" className="section-add" onClick={() => setEditing('new')}>
          {spec.addLabel}
        </Button>
        <Modal opened={editing !== null} onClose={() => setEditing(null)} title={title} size="lg" fullScreen={phone}>
          {editing !== null && (
            <ItemForm key={editing} project={project} spec={spec} item={current} title={title} write={write} onDone={() => setEditing(null)} />
          )}
        </Modal>
      </>
    ),
  };
}

function ItemForm<Item extends { id: string }, Draft>({
  project,
  spec,
  item,
  title,
  write,
  onDone,
}: {
  project: ProjectView;
  spec: SectionSpec<Item, Draft>;
  item?: Item;
  title: string;
  write: (item: Item) => Partial<Project>;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(() => spec.draftOf(item));
  const [id] = useState(() => item?.id ?? newId(`${project.id}-${spec.key}`));
  const change = useProjectUpdate(project, onDone);
  const prefix = `${spec.key}-${id}`;
  return (
    <form
      className="entity-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(write(spec.itemOf(draft, id, item)));
      }}
    >
      <spec.Fields project={project} draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} prefix={prefix} />
      <FormFooter error={change.error} pending={change.isPending} onCancel={onDone} />
    </form>
  );
}

/** A labelled text, number or date input. */
export function InputField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  required = false,
  step,
  list,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number' | 'date';
  required?: boolean;
  step?: string;
  list?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} required={required} step={step} list={list} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Checkboxes for a set of choices (parties of an agreement, roles of an organisation). */
export function CheckboxesField<T extends string | number>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  return (
    <fieldset className="checkbox-group scroll-list">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="inline-choice">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={() => onChange(value.includes(o.value) ? value.filter((x) => x !== o.value) : [...value, o.value])}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Rows inside an item's form (the indicators of a result, the members of a body). */
export function RowsField<Row extends { id: string }>({
  legend,
  rows,
  onChange,
  newRow,
  addLabel,
  removeLabel,
  children,
}: {
  legend: string;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  addLabel: string;
  removeLabel: (n: number) => string;
  children: (row: Row, update: (patch: Partial<Row>) => void, index: number) => React.ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <div key={row.id} className="field-row">
          {children(row, (patch) => onChange(rows.map((x, j) => (j === i ? { ...x, ...patch } : x))), i)}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {removeLabel(i + 1)}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, newRow()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

/** Options of the project's organisations, with "none" first when the choice is optional. */
export function organisationOptions(project: ProjectView, text: (t: Project['title']) => string, none?: string) {
  return [...(none === undefined ? [] : [{ value: '', label: none }]), ...project.organisations.map((o) => ({ value: o.id, label: text(o.name) }))];
}
