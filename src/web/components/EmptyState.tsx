import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** An empty list that says what it is and what to do next (the action only for who may take it). */
export function EmptyState({ title, hint, action }: { title: string; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs" ta="center">
        <Text fw={600}>{title}</Text>
        {hint && <Text c="dimmed">{hint}</Text>}
        {action}
      </Stack>
    </Paper>
  );
}
