import { Injectable, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { contractValidator, describeIssues } from '@hub/contracts';
import { bodyTooDeep, nestsDeeperThan } from './body-limits';
import { invalidInput, notFound } from './http-errors';

/**
 * Validates a request body against its contract in contracts/http/..., where it enters the app, and
 * refuses it with every bad field named. The handler receives the body typed by the generated type.
 */
@Injectable()
export class ContractBodyPipe implements PipeTransform {
  constructor(private readonly schemaRef: string) {}

  transform(value: unknown): unknown {
    // Before the validator, which walks the body recursively: a body nested thousands deep is refused, not a crash.
    if (nestsDeeperThan(value)) throw bodyTooDeep();
    let result: ReturnType<ReturnType<typeof contractValidator>['validate']>;
    try {
      result = contractValidator().validate(this.schemaRef, value ?? {});
    } catch (error) {
      // A pattern with a quantified group recurses per character in the regex engine: a megabyte-long value can exhaust
      // the stack. That is the sender's value being unreadable, not our failure: a 400, never a 500.
      if (error instanceof RangeError) throw invalidInput('Request body is invalid: a value is too long or too complex to check', [{ field: '(body)', reason: 'has a value too long or too complex to check' }]);
      throw error;
    }
    if (result.ok) return result.value;
    throw invalidInput(`Request body is invalid: ${describeIssues(result.issues)}`, result.issues);
  }
}

/** A path parameter that must be a UUID, refused with the parameter's name rather than a generic 400. */
/**
 * A path parameter that names an object by a format (a policy number): a value outside the format names nothing, so it
 * answers the same 404 as an unknown one — and never reaches the database (a NUL byte would, as a data exception).
 */
export function formattedIdParam(what: string, format: RegExp): PipeTransform<string, string> {
  return {
    transform: (value: string) => {
      if (!format.test(value)) throw notFound(what, value);
      return value;
    },
  };
}

export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => invalidInput(`${name} must be a UUID`, [{ field: name, reason: 'must be a UUID' }]),
  });
}
