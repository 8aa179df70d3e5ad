import i18next from 'i18next';

/**
 * What a data table's sort icon says to a screen reader, in the reader's language. mantine-datatable
 * writes "Sorted ascending" / "Not sorted" in English and has no prop for it; the build points those
 * labels here (vite.config.ts, datatableSortLabels).
 */
export function tableSortLabel(direction: 'asc' | 'desc' | null): string {
  return i18next.t(
    direction === null ? 'common:dataTable.notSorted' : direction === 'desc' ? 'common:dataTable.sortedDescending' : 'common:dataTable.sortedAscending',
  );
}
