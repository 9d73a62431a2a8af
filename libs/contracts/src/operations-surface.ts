import { isRecord } from './json-refs';
import { loadOpenApiDocument, OpenApiDocument } from './openapi';

/**
 * An app's API document with the operations every app answers (contracts/openapi/operations.vN.yaml: the probes)
 * added beside its own, so its /docs shows them and the answers can be checked against them. The app's own document
 * wins where both name a path or a component.
 */
export function withOperationsSurface(document: OpenApiDocument, operations: OpenApiDocument = loadOpenApiDocument('operations')): OpenApiDocument {
  const own = (key: string, node: Record<string, unknown>) => (isRecord(node[key]) ? (node[key] as Record<string, unknown>) : {});
  const components = own('components', document);
  const shared = own('components', operations);
  const mergedComponents = Object.fromEntries(
    [...new Set([...Object.keys(shared), ...Object.keys(components)])].map((kind) => [kind, { ...own(kind, shared), ...own(kind, components) }]),
  );
  const tags = Array.isArray(document.tags) ? document.tags : [];
  const sharedTags = (Array.isArray(operations.tags) ? operations.tags : []).filter((tag) => !tags.some((t) => isRecord(t) && isRecord(tag) && t.name === tag.name));
  return {
    ...document,
    tags: [...tags, ...sharedTags],
    paths: { ...own('paths', operations), ...own('paths', document) },
    components: mergedComponents,
  };
}
