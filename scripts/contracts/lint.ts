/**
 * `npm run contracts:lint`: the linter `npm test` runs on the API documents (libs/contracts/src/documents-lint.spec.ts),
 * with Redocly's own report: the newest version of every OpenAPI document under contracts/openapi/ and the newest AsyncAPI
 * document, as the apps serve them, against redocly.yaml; and the AsyncAPI document through @asyncapi/parser. Non-zero
 * when either finds a problem.
 */
// Build tooling stays out of the @hub/contracts runtime entry, like generate-types.ts.
// eslint-disable-next-line no-restricted-imports
import { asyncApiParserIssues, lintWithRedocly, newestSurfaceDocuments } from '../../libs/contracts/src/tooling/lint-documents';

async function main(): Promise<number> {
  const documents = newestSurfaceDocuments();
  console.log(`linting ${documents.map((d) => `contracts/${d.file}`).join(', ')}`);
  const redocly = lintWithRedocly(documents, { format: 'codeframe' });
  console.log(redocly.output.trim());
  const asyncApi = documents.find((d) => d.file.startsWith('asyncapi'));
  const parserIssues = asyncApi ? await asyncApiParserIssues(asyncApi.document) : [];
  for (const issue of parserIssues) console.log(`@asyncapi/parser: contracts/${asyncApi?.file}: ${issue}`);
  return redocly.status !== 0 || parserIssues.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
