import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A card of the home page: a heading (h2), an optional count and hint, the content, and a link onwards. */
export function WorkCard({
  title,
  count,
  hint,
  footer,
  children,
  testId,
}: {
  title: string;
  count?: number;
  hint?: string;
  footer?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {count !== undefined && count > 0 && (
            <Badge variant="outline" color="brand.9" size="lg" circle={count < 10}>
              {count}
            </Badge>
          )}
        </Group>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
        {footer && <Group gap="md">{footer}</Group>}
      </Stack>
    </Card>
  );
}

/** A link inside the app. */
export function To({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} underline="always">
      {children}
    </Anchor>
  );
}

/** An empty card's sentence: what is (not) there and what to do next. */
export function Empty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Stack gap={6}>
      <Text c="dimmed" size="sm">
        {children}
      </Text>
      {action}
    </Stack>
  );
}

/** "3 more" under a list cut short. */
export function More({ shown, total, to, label }: { shown: number; total: number; to: string; label: string }) {
  if (total <= shown) return null;
  return (
    <Text size="sm">
      <To to={to}>{label}</To>
    </Text>
  );
}

/** A list of rows in a card: each row a main line and a dimmed second line, readable at 390 px. */
export function Rows({ children }: { children: ReactNode }) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </Stack>
  );
}

export function Row({ main, sub, side }: { main: ReactNode; sub?: ReactNode; side?: ReactNode }) {
  return (
    <li>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {main}
          </Text>
          {sub && (
            <Text size="xs" c="dimmed">
              {sub}
            </Text>
          )}
        </Stack>
        {side}
      </Group>
    </li>
  );
}
