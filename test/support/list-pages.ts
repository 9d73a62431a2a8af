import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

export interface ReadPages<T> {
  rows: T[];
  pages: number;
}

/**
 * Every row of a list, following nextCursor from page to page as a client would. `between(page)` runs after each page
 * but the last, to change the data while the list is being read.
 */
export async function readAllPages<T>(
  agent: Agent,
  path: string,
  key: string,
  query: Record<string, string> = {},
  between: (page: number) => Promise<void> = async () => {},
): Promise<ReadPages<T>> {
  const rows: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const answer = await agent.get(path).query(cursor ? { ...query, cursor } : query);
    if (answer.status !== 200) throw new Error(`GET ${path} page ${pages + 1}: ${answer.status} ${JSON.stringify(answer.body)}`);
    rows.push(...(answer.body[key] as T[]));
    cursor = answer.body.nextCursor as string | null;
    pages += 1;
    if (cursor) await between(pages);
  } while (cursor);
  return { rows, pages };
}

/** Ids that occur more than once. */
export const repeated = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

/** Rows as the lists order them, newest first by (time, id), both descending: what a test expects a list to give. */
export function sortNewestFirst<T>(rows: T[], timeOf: (row: T) => string, idOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => Date.parse(timeOf(b)) - Date.parse(timeOf(a)) || (idOf(a) > idOf(b) ? -1 : 1));
}

/** Whether rows stand newest first by (time, id), both descending, with no two in the same place. */
export function newestFirst<T>(rows: T[], timeOf: (row: T) => string, idOf: (row: T) => string): boolean {
  return rows.every((row, i) => {
    if (i === 0) return true;
    const [before, now] = [rows[i - 1], row];
    const [t0, t1] = [Date.parse(timeOf(before)), Date.parse(timeOf(now))];
    return t0 > t1 || (t0 === t1 && idOf(before) > idOf(now));
  });
}
