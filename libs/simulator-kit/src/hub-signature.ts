import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { Webhook } from 'standardwebhooks';
import { unauthorized } from '@hub/http';

/**
 * A simulated partner checks that what arrives is the hub's, with the public `standardwebhooks` library (not ours), so
 * the hub's signing is checked against an independent implementation.
 */
export class HubSignatureCheck {
  private readonly webhook: Webhook;

  constructor(private readonly partnerName: string, secret: string) {
    this.webhook = new Webhook(secret);
  }

  verify(request: RawBodyRequest<Request>): void {
    try {
      this.webhook.verify(request.rawBody?.toString('utf8') ?? '', request.headers as Record<string, string>);
    } catch (error) {
      throw unauthorized('bad_signature', `${this.partnerName} refused the delivery: ${(error as Error).message}`);
    }
  }
}
