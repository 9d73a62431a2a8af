import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { instantText, type KeysetList, keysetPage, type ListPage, newestFirst, type PageRequest, UUID } from '@hub/http';

/**
 * Adds each condition (`'o.case_id = :caseId'`) whose value was given, bound to the parameter it names, and leaves out
 * the others: a filter not asked for narrows nothing.
 */
export function whereGiven<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, conditions: Record<string, unknown>): SelectQueryBuilder<E> {
  for (const [condition, value] of Object.entries(conditions)) {
    if (value === undefined) continue;
    const name = /:(\w+)/.exec(condition)?.[1];
    query.andWhere(condition, name ? { [name]: value } : {});
  }
  return query;
}

/**
 * One page of entities newest first by (`sort`, id) after `page.after`, in one SELECT of one row more than the page.
 * TypeORM maps the rows to entities; the sort instant comes back beside them as text, because the entity's Date would
 * drop the microseconds the next page must start from.
 */
export async function entityPage<E extends ObjectLiteral & { id: string }>(query: SelectQueryBuilder<E>, sort: string, list: KeysetList, page: PageRequest): Promise<ListPage<E>> {
  const id = `${query.alias}.id`;
  let bound = 0;
  const bind = (value: unknown) => {
    const name = `keyset${bound++}`;
    query.setParameter(name, value);
    return `:${name}`;
  };
  const { condition } = newestFirst(sort, id, 'uuid', page.after, bind);
  if (condition) query.andWhere(condition);
  const { raw, entities } = await query
    .addSelect(instantText(sort), 'keyset_at')
    .orderBy(sort, 'DESC')
    .addOrderBy(id, 'DESC')
    .limit(page.limit + 1)
    .getRawAndEntities<Record<string, string>>();
  const sortedAt = new Map(raw.map((row) => [row[`${query.alias}_id`], row.keyset_at]));
  return keysetPage(entities, page.limit, list, (entity) => ({ at: sortedAt.get(entity.id) as string, id: entity.id }));
}

/** An entity's list: where its rows are, the instant it sorts and filters them by, and what makes a row a partner's. */
export interface EntityList<E> {
  entity: EntityTarget<E>;
  alias: string;
  /** The sort column (`o.issued_at`), which `from` and `to` bound too. */
  sort: string;
  keyset: KeysetList;
  /** The condition that the row is the partner's the parameter names (`o.partner_id = :p`). */
  ofPartner: (param: string) => string;
}

/**
 * An entity's list sorted by `sort` (`o.issued_at`: the alias is the query's), its cursors named `cursorKind`, a row
 * being a partner's when `ofPartner` holds.
 */
export function entityList<E>(entity: EntityTarget<E>, sort: string, cursorKind: string, ofPartner: (param: string) => string): EntityList<E> {
  return { entity, alias: sort.split('.')[0], sort, keyset: { cursorKind, id: UUID }, ofPartner };
}

/** Which partner's rows: `scope` is the calling partner, undefined for staff, and a required key so no list forgets it. */
export interface PartnerFilter {
  scope: string | undefined;
  /** The partner asked for; a partner asking for another's gets nothing, as if there were nothing. */
  partnerId?: string;
}

export interface TimeRange {
  from?: Date;
  to?: Date;
}

/**
 * One page of an entity's list: the partner's rows, narrowed by the conditions given and the time range, each turned
 * into what the API shows by `viewsOf`, which gets the whole page at once so it can read what the views need in one
 * statement per kind rather than one per row.
 */
export async function listEntities<E extends ObjectLiteral & { id: string }, V>(
  tx: EntityManager,
  list: EntityList<E>,
  partner: PartnerFilter,
  conditions: Record<string, unknown>,
  range: TimeRange,
  page: PageRequest,
  viewsOf: (rows: E[]) => Promise<V[]>,
): Promise<ListPage<V>> {
  const query = whereGiven(tx.getRepository(list.entity).createQueryBuilder(list.alias), {
    [list.ofPartner(':scope')]: partner.scope,
    [list.ofPartner(':partnerId')]: partner.partnerId,
    ...conditions,
    [`${list.sort} >= :from`]: range.from,
    [`${list.sort} < :to`]: range.to,
  });
  const { items, nextCursor } = await entityPage(query, list.sort, list.keyset, page);
  return { items: items.length > 0 ? await viewsOf(items) : [], nextCursor };
}
