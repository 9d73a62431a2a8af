import type { Caller } from '@hub/auth';

/** Who changes where money goes and what the bank is told: finance only. */
export const BANK_WRITERS: Caller[] = ['finance'];
/** Who reads payees' accounts, transfer files and bank imports: finance, and auditors. */
export const BANK_READERS: Caller[] = ['finance', 'auditor'];
