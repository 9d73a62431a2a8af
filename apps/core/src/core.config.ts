import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, Validate } from 'class-validator';
import { AuthenticatedAppConfig } from '@hub/auth';
import { PartnerRegistrationNumbers } from './partner-registrations';

export class CoreConfig extends AuthenticatedAppConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Loopback by default: nothing listens beyond this machine unless asked (docker sets 0.0.0.0). */
  @IsString()
  HOST = '127.0.0.1';

  /** Invoices above this gross wait for a coordinator's approval before they settle. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  INVOICE_APPROVAL_THRESHOLD_YEN = 5_000_000;

  /** Percent above the order's estimate an invoice may be before it waits for approval. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  INVOICE_ESTIMATE_TOLERANCE_PERCENT = 10;

  /** `lac=T…,prap=T…`: each partner's registration number where it differs from the directory's (partner-registrations.ts). */
  @IsOptional()
  @IsString()
  @Validate(PartnerRegistrationNumbers)
  PARTNER_REGISTRATION_NUMBERS = '';
}
