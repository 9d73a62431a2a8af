import type { SubmissionContext } from '@hub/adapter-kit';
import { invalidInput } from '@hub/refusals';

/**
 * The hub's order a PRAP submission is about. PRAP names its matter twice, in the path (`anken/:ankenId/...`) and in the
 * body; the two must agree, or the body might be filed under a matter it was not written for.
 */
export function ankenOf(ankenId: string, context: SubmissionContext): string {
  if (context.params.ankenId !== ankenId) {
    throw invalidInput('ankenId in the body is not the matter of the path', [{ field: 'ankenId', reason: 'must be the ankenId of the path' }]);
  }
  return ankenId;
}
