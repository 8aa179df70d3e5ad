import { useTranslation } from 'react-i18next';

/**
 * The words of a data table's pagination in the reader's language: the range, and what the page
 * buttons say to a screen reader (mantine-datatable's own are English). A table with a page-size
 * picker labels it `common:dataTable.perPage`.
 */
export function useDataTableTexts() {
  const { t } = useTranslation();
  return {
    paginationText: ({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }) =>
      t('common:dataTable.range', { from, to, total: totalRecords }),
    getPaginationControlProps: (control: 'first' | 'previous' | 'next' | 'last') => ({ 'aria-label': t(`common:dataTable.${control}`) }),
    getPaginationItemProps: (page: number) => ({ 'aria-label': t('common:dataTable.page', { page }) }),
  };
}
