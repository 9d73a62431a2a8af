import { ModuleRef } from '@nestjs/core';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { optionalProvider } from './optional-provider';

/** One round trip to the app's database; rejects when it does not answer within a second. */
export type DatabasePing = () => Promise<void>;

const PING_TIMEOUT_MS = 1_000;

/** The app's own connection: TypeORM's DataSource where it has one, else its pg Pool (the console); null without either (the simulator). */
export function databasePingOf(moduleRef: ModuleRef): DatabasePing | null {
  const dataSource = optionalProvider(moduleRef, DataSource);
  const pool = dataSource ? undefined : optionalProvider(moduleRef, Pool);
  if (!dataSource && !pool) return null;
  return () => withTimeout(dataSource ? dataSource.query('SELECT 1') : (pool as Pool).query('SELECT 1'), PING_TIMEOUT_MS);
}

async function withTimeout(query: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
