import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Refusal } from './Refusal';

/**
 * A table over one of the hub's cursor-paged lists: the first page, then the next on request, never the whole list
 * at once. `fetchPage(cursor)` reads one page; the query key says what list (and filters) it is.
 */
export function CursorTable<T extends object>({
  queryKey,
  fetchPage,
  rowKey,
  moreLabel,
  ...table
}: {
  queryKey: unknown[];
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>;
  rowKey: keyof T & string;
  /** The next page's button, when a screen words it otherwise. */
  moreLabel?: string;
} & Omit<TableProps<T>, 'dataSource' | 'rowKey'>) {
  const { t } = useTranslation();
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (pages.isError) return <Refusal error={pages.error} />;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Table<T> {...table} rowKey={rowKey} dataSource={rows} loading={pages.isPending} pagination={false} size="middle" />
      {pages.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {moreLabel ?? t('app.more')}
        </Button>
      )}
    </>
  );
}
