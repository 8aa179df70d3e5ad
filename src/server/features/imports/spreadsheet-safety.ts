/**
 * Spreadsheet programs run a cell that starts with =, +, -, @ (and tab or carriage return before
 * one) as a formula: an exported organisation named `=HYPERLINK(…)` or `=cmd|…` would become live
 * in the reader's Excel (OWASP "CSV injection"). Exported text cells that start so get a leading
 * apostrophe, which Excel shows as text; a plain number such as -12.5 cannot be a formula and is
 * left alone. An import drops that apostrophe again, so an export imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export const formulaSafe = (value: string) => (FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value);

export const fromFormulaSafe = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
