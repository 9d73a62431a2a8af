import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnySchemaObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CONTRACTS_BASE_URI, CONTRACTS_DIR, listContractFiles } from './contracts-dir';
import { type ContractIssue, toContractIssues } from './contract-issues';
import { addStrictFormats, unsafeIntegerIssues } from './strict-formats';
import type { ContractTypes, SchemaRef } from './generated/schema-refs';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ContractIssue[] };

const SCHEMA_SUFFIX = '.schema.json';

/** `events/order-issued.v1` → the schema's `$id`. */
export function schemaIdOf(schemaRef: string): string {
  return `${CONTRACTS_BASE_URI}${schemaRef}${SCHEMA_SUFFIX}`;
}

/**
 * Validates data against the contracts in contracts/. Every schema goes into one Ajv instance so that
 * cross-file `$ref`s resolve by `$id`; each schema is compiled on first use and then cached by Ajv.
 */
export class ContractValidator {
  private readonly ajv: Ajv2020;
  private readonly schemaIds: string[] = [];

  constructor(contractsDir: string = CONTRACTS_DIR) {
    this.ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      // `["string", "null"]` is how a nullable value is written in 2020-12.
      allowUnionTypes: true,
      // Ajv checks `required` inside if/then before it has seen the parent's `properties`, so it would reject
      // every conditional requirement; the conventions spec checks required names against properties instead.
      strictRequired: false,
    });
    addFormats(this.ajv);
    addStrictFormats(this.ajv);
    for (const file of listContractFiles(contractsDir, (path) => path.endsWith(SCHEMA_SUFFIX))) {
      const schema = JSON.parse(readFileSync(join(contractsDir, file), 'utf8')) as AnySchemaObject;
      const expectedId = `${CONTRACTS_BASE_URI}${file}`;
      if (schema.$id !== expectedId) {
        throw new Error(`contracts/${file} must have "$id": "${expectedId}" (has ${JSON.stringify(schema.$id)})`);
      }
      this.ajv.addSchema(schema);
      this.schemaIds.push(expectedId);
    }
  }

  /**
   * Checks `data` against the schema `schemaRef` (its path under contracts/ without `.schema.json`).
   * An unknown `schemaRef` is a programming error and throws.
   */
  validate<R extends SchemaRef>(schemaRef: R, data: unknown): ValidationResult<ContractTypes[R]>;
  validate<T>(schemaRef: string, data: unknown): ValidationResult<T>;
  validate<T>(schemaRef: string, data: unknown): ValidationResult<T> {
    const check = this.ajv.getSchema(schemaIdOf(schemaRef));
    if (!check) throw new Error(`Unknown contract schema "${schemaRef}" (no contracts/${schemaRef}${SCHEMA_SUFFIX})`);
    const valid = check(data);
    const issues = [...(valid ? [] : toContractIssues(check.errors ?? [], data)), ...unsafeIntegerIssues(data)];
    return issues.length === 0 ? { ok: true, value: data as T } : { ok: false, issues };
  }

  /** Compiles every schema now, so a broken contract fails at start-up (or in a test) rather than on first use. */
  compileAll(): void {
    for (const id of this.schemaIds) this.ajv.getSchema(id);
  }
}

let shared: ContractValidator | undefined;

/** The process-wide validator, created on first use (loading and compiling schemas is not free). */
export function contractValidator(): ContractValidator {
  shared ??= new ContractValidator();
  return shared;
}
