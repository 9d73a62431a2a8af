import { RecoverDeadLetters } from './recover-dead-letters.usecase';
import { ReplayDeadLetter } from './replay-dead-letter.usecase';

/** The operations feature's use cases, in one place. */
export const OPERATIONS_USECASES = [ReplayDeadLetter, RecoverDeadLetters];

export { RecoverDeadLetters, ReplayDeadLetter };
