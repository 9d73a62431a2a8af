// Demo staff for the embedded identity provider (dev and tests only; main.ts refuses any other HUB_ENV).
// DEMO ONLY: every password is `demo-<username>` and lives in this file on purpose, so tests and people
// trying the console can sign in as any role without a real directory.

import type { StaffRole } from '@hub/auth';

export type { StaffRole };

export interface DemoStaff {
  readonly username: string;
  /** Demo only: `demo-<username>`. */
  readonly password: string;
  readonly name: string;
  readonly roles: readonly StaffRole[];
  /** Integer yen an approver may approve on their own; absent for everyone who is not an approver. */
  readonly approvalLimitYen?: number;
}

const staff = <const U extends string>(username: U, name: string, roles: StaffRole[], approvalLimitYen?: number) =>
  ({ username, password: `demo-${username}`, name, roles, ...(approvalLimitYen === undefined ? {} : { approvalLimitYen }) }) as const;

export const DEMO_STAFF = [
  staff('sato.coordinator', '佐藤 美咲', ['coordinator']),
  staff('kimura.coordinator', '木村 翔太', ['coordinator']),
  staff('tanaka.claims', '田中 健一', ['claims_handler']),
  staff('suzuki.approver', '鈴木 一郎', ['approver'], 1_000_000),
  staff('yamada.senior', '山田 誠', ['approver'], 50_000_000),
  staff('ito.finance', '伊藤 直子', ['finance']),
  staff('kato.operator', '加藤 大輔', ['operator']),
  staff('watanabe.auditor', '渡辺 由美', ['auditor']),
] as const satisfies readonly DemoStaff[];

export type DemoStaffUsername = (typeof DEMO_STAFF)[number]['username'];

export function findDemoStaff(username: string): DemoStaff | undefined {
  return (DEMO_STAFF as readonly DemoStaff[]).find((s) => s.username === username);
}
