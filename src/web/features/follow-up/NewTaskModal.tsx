import { Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Task } from '../../../shared/api/index';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api, dataOf } from '../../lib/api-client';

export type TaskSourceRef = { kind: Task['source']['kind']; id: string; parentId?: string };

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/**
 * "New task" about one record (a match, an interaction, a meeting, a deliverable…): a modal whose
 * link is already filled in, so the task needs only what to do and by when. The task is the
 * caller's own; the API checks that the record is within their reach.
 */
export function NewTaskModal({ source, about, opened, onClose }: { source: TaskSourceRef | null; about: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    // lockScroll off: the scroll lock (react-remove-scroll) injects a <style> without the CSP nonce.
    <Modal opened={opened && source !== null} onClose={onClose} title={t('followUpLinks:task.title')} lockScroll={false}>
      {source && <TaskForm key={`${source.kind}:${source.id}`} source={source} about={about} onDone={onClose} />}
    </Modal>
  );
}

/** A button that opens the "New task" modal for one record. */
export function NewTaskButton({ source, about, variant = 'default' }: { source: TaskSourceRef; about: string; variant?: 'default' | 'subtle' | 'light' }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant={variant} size="compact-sm" onClick={() => setOpened(true)} aria-label={t('followUpLinks:task.aboutRecord', { name: about })}>
        {t('followUpLinks:task.newTask')}
      </Button>
      <NewTaskModal source={source} about={about} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}

function TaskForm({ source, about, onDone }: { source: TaskSourceRef; about: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(inAWeek());
  const create = useMutation({
    mutationFn: (body: { title: string; dueOn: string }) => dataOf(api.POST('/api/follow-up/tasks', { body: { ...body, source } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['follow-up', 'tasks'] }),
  });
  if (create.isSuccess) {
    return (
      <Stack gap="sm">
        <Text role="status">{t('followUpLinks:task.created')}</Text>
        <Group justify="space-between">
          <Anchor component={Link} to="/follow-ups">
            {t('followUpLinks:task.openFollowUps')}
          </Anchor>
          <Button onClick={onDone}>{t('followUpLinks:task.close')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (dueOn) create.mutate({ title, dueOn });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          <Text span c="dimmed">
            {t('followUpLinks:task.about')}:
          </Text>{' '}
          <strong data-testid="task-about">{about}</strong>
        </Text>
        <TextInput
          label={t('followUpLinks:task.taskTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          maxLength={300}
          data-autofocus
        />
        <DateInput
          label={t('followUpLinks:task.dueOn')}
          value={dueOn}
          onChange={setDueOn}
          required
          valueFormat="YYYY-MM-DD"
          popoverProps={{ withinPortal: true }}
        />
        {create.isError && <ErrorMessage error={create.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} disabled={!title.trim() || !dueOn}>
            {t('followUpLinks:task.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
