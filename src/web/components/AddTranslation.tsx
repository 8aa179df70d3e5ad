import { Button, Paper, SimpleGrid, Stack, Text, Textarea, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../shared/api/index';
import { useLanguage } from '../i18n/index';
import { api, dataOf } from '../lib/api-client';
import { notifySaved } from '../lib/notify';
import { ErrorMessage } from './ErrorMessage';

/** A text that may get a translation: which record and which of its fields. */
export type TranslatedText =
  | { record: 'opportunities'; id: string; field: 'title' | 'description' }
  | { record: 'organisations'; id: string; field: 'description' }
  | { record: 'projects'; id: string; field: 'title' | 'purpose' };

function saveTranslation(target: TranslatedText, lang: Language, text: string): Promise<unknown> {
  const params = { path: { id: target.id, lang } };
  switch (target.record) {
    case 'opportunities':
      return dataOf(
        api.PUT('/api/opportunities/{id}/translations/{lang}', { params, body: target.field === 'title' ? { title: text } : { description: text } }),
      );
    case 'organisations':
      return dataOf(api.PUT('/api/organisations/{id}/translations/{lang}', { params, body: { description: text } }));
    case 'projects':
      return dataOf(api.PUT('/api/projects/{id}/translations/{lang}', { params, body: target.field === 'title' ? { title: text } : { purpose: text } }));
  }
}

/**
 * Translation help (issue #11): where a text lacks the reader's language, who may edit the record
 * adds that version in place, next to the original. The API keeps the original and the added
 * language is shown as a translation. The parent renders this only for who may edit the record
 * (the API route has the same policy).
 */
export function AddTranslation({
  text,
  target,
  invalidate,
}: {
  text: LocalizedText | null | undefined;
  /** The record and its text; the translation goes to `PUT /api/<record>/{id}/translations/{lang}`. */
  target: TranslatedText;
  /** Queries that show the text (their key prefix), read again after saving. */
  invalidate: readonly unknown[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const save = useMutation({
    mutationFn: () => saveTranslation(target, lang, value.trim()),
    onSuccess: async () => {
      setOpen(false);
      setValue('');
      notifySaved(t('translation.saved'));
      // The record and its history (the audit names the change a translation).
      await Promise.all([queryClient.invalidateQueries({ queryKey: invalidate }), queryClient.invalidateQueries({ queryKey: ['audit'] })]);
    },
  });
  if (!text || text.original === lang || text[lang] !== undefined) return null;
  const add = t('translation.add', { field: t(`translation.field.${target.field}`) });
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
              minRows={target.field === 'title' ? 2 : 4}
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
