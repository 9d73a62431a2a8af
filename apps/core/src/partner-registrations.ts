import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { validateRegistrationNumber } from '@hub/invoicing';
import { findPartner } from '@hub/partners';

/**
 * Each partner's qualified-invoice registration number, which its invoices must carry: the partner directory's,
 * unless PARTNER_REGISTRATION_NUMBERS (`lac=T…,prap=T…`) states it for this deployment. The directory's numbers are
 * placeholders until each partner is onboarded with the number on its own invoices; the variable sets the real ones
 * without a code change, and a bad entry stops core at boot naming the variable.
 */
export function partnerRegistrations(setting: string | undefined): ReadonlyMap<string, string> {
  const numbers = new Map<string, string>();
  for (const entry of (setting ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [partnerId, number] = entry.split('=');
    numbers.set(partnerId, number);
  }
  return numbers;
}

/** The number an invoice from `partnerId` must carry. */
export function registrationNumberOf(partnerId: string, configured: ReadonlyMap<string, string>): string | undefined {
  return configured.get(partnerId) ?? findPartner(partnerId)?.registrationNumber;
}

@ValidatorConstraint({ name: 'partnerRegistrationNumbers' })
export class PartnerRegistrationNumbers implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (value === undefined || value === '') return true;
    if (typeof value !== 'string') return false;
    return value.split(',').every((entry) => {
      const [partnerId, number, extra] = entry.trim().split('=');
      return extra === undefined && findPartner(partnerId) !== undefined && validateRegistrationNumber(number).ok;
    });
  }

  defaultMessage(): string {
    return 'must be partnerId=T+13 digits pairs separated by commas, each a known partner and a registration number with a valid check digit';
  }
}
