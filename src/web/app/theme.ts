import { type CSSVariablesResolver, type MantineColorsTuple, createTheme } from '@mantine/core';

/** The programme's teal; shade 6 (#0b6e69) carries white text at 6.1:1 (WCAG AA). */
const brand: MantineColorsTuple = ['#e6f4f3', '#cde8e6', '#9ed2ce', '#6bbbb5', '#41a8a0', '#24968f', '#0b6e69', '#095e5a', '#074f4b', '#053f3c'];

/** System fonts only (the CSP allows no font host); Noto Sans CJK / PingFang / YaHei for Chinese. */
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'sm',
  // Visible keyboard focus on every control, never only on hover.
  focusRing: 'auto',
});

/**
 * Mantine's "dimmed" grey (#868e96) reaches only 3.3:1 on white; secondary text here uses the
 * programme's muted ink (6.3:1) so it meets WCAG AA.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#56606e' },
  dark: {},
});

/**
 * The nonce of this page's style tags: the server writes a fresh one per page into
 * `<meta property="csp-nonce">` (plugins/web-assets.ts); the CSP admits only tags that carry it.
 */
export function styleNonce(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce ?? '';
}
