import { useQuery } from '@tanstack/react-query';
import type { ConsoleDirectoryV1 } from '@contracts/http/console/directory.v1';
import { consoleApi } from './api';

export type DirectoryPartner = ConsoleDirectoryV1['partners'][number];

/** The partner directory (the console's GET /api/directory): who can be engaged, for what. Read once a session. */
export function usePartnerDirectory(): DirectoryPartner[] {
  const directory = useQuery({ queryKey: ['directory'], queryFn: () => consoleApi.get<ConsoleDirectoryV1>('directory'), staleTime: Infinity, refetchInterval: false });
  return directory.data?.partners ?? [];
}
