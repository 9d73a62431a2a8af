import { Inject, Injectable, Logger } from '@nestjs/common';
import { unauthorized } from '@hub/http';
import { ADAPTER_SETTINGS, AdapterSettings } from './adapter-settings';
import { verifyWebhook } from './webhook-signature';

/** Verifies an inbound partner request's Standard Webhooks signature and freshness, or refuses it with 401. */
@Injectable()
export class WebhookAuth {
  private readonly logger = new Logger(WebhookAuth.name);

  constructor(@Inject(ADAPTER_SETTINGS) private readonly settings: AdapterSettings) {}

  verify(headers: Record<string, string | string[] | undefined>, rawBody: Buffer | undefined): string {
    const verdict = verifyWebhook(headers, rawBody ?? Buffer.alloc(0), {
      secrets: this.settings.secrets,
      toleranceSeconds: this.settings.timestampToleranceSeconds,
    });
    if (!verdict.ok) {
      this.logger.warn(`refused ${this.settings.partnerId} callback: ${verdict.code}`);
      throw unauthorized(verdict.code, verdict.message);
    }
    return verdict.id;
  }
}
