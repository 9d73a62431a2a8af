import { runMigrations } from '@hub/persistence';

// `npm run migrate` (and the docker `migrate` service): bring DATABASE_URL's schema up to date.
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hub';
  const applied = await runMigrations(url);
  console.log(applied.length ? `migrated: ${applied.join(', ')}` : 'schema up to date');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
