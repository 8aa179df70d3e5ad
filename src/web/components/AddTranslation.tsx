import { Button, Paper, SimpleGrid, Stack, Text, Textarea, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/api/index';
import { useLanguage } from '../i18n/index';
import { api } from '../lib/api-client';
import { notifySaved } from '../lib/notify';
import { ErrorMessage } from './ErrorMessage';

/**
 * Translation help (issue #11): where a text lacks the reader's language, who may edit the record
 * adds that version in place, next to the original. The API keeps the original and the added
 * language is shown as a translation. The parent renders this only for who may edit the record
 * (the API route has the same policy).
 */
export function AddTranslation({
  text,
  field,
  endpoint,
  invalidate,
}: {
  text: LocalizedText | null | undefined;
  field: 'title' | 'description' | 'purpose';
  /** The record's API path, e.g. `/opportunities/slib` or `/projects/p004`; the translation goes to `…/translations/<lang>`. */
  endpoint: string;
  /** Queries that show the text (their key prefix), read again after saving. */
  invalidate: readonly unknown[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const save = useMutation({
    mutationFn: () => api.put(`${endpoint}/translations/${lang}`, { [field]: value.trim() }),
    onSuccess: async () => {
      setOpen(false);
      setValue('');
      notifySaved(t('translation.saved'));
      // The record and its history (the audit names the change a translation).
      await Promise.all([queryClient.invalidateQueries({ queryKey: invalidate }), queryClient.invalidateQueries({ queryKey: ['audit'] })]);
    },
  });
  if (!text || text.original === lang || text[lang] !== undefined) return null;
  const add = t('translation.add', { field: t(`translation.field.${field}`) });
  if (!open) {
    return (
      <Button variant="light" size="xs" className="add-translation-button" onClick={() => setOpen(true)}>
        {add}
      </Button>
    );
  }
  return (
    <Paper withBorder p="sm" className="add-translation">
      <form
        aria-label={add}
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim()) save.mutate();
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('translation.original', { language: t(`language.name.${text.original}`) })}
              </Text>
              <Text size="sm" className="user-prose" lang={text.original}>
                {text[text.original]}
              </Text>
            </Stack>
            <Textarea
              label={t('translation.label')}
              description={t('translation.hint')}
              lang={lang}
              autosize
              minRows={field === 'title' ? 2 : 4}
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              data-autofocus
              autoFocus
            />
          </SimpleGrid>
          {save.isError && <ErrorMessage error={save.error} withIssues />}
          <Group gap="xs">
            <Button type="submit" size="xs" loading={save.isPending} disabled={!value.trim()}>
              {t('translation.save')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
