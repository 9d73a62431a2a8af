import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AosMatterRequestV1, AosMatterWithdrawalV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import type { HubSignatureCheck } from '@hub/simulator-kit';
import type { AosSystem } from './aos-system';

export const AOS_SYSTEM = Symbol('AOS_SYSTEM');
export const AOS_SIGNATURE = Symbol('AOS_SIGNATURE');

const MATTER_REQUEST = new ContractBodyPipe('partners/aos/matter-request.v1');
const WITHDRAWAL = new ContractBodyPipe('partners/aos/matter-withdrawal.v1');

/**
 * AOS's native API as the simulator serves it: where the hub's AOS adapter delivers matter requests and withdrawals,
 * checked (signature, then contract) as AOS's own system would; and what AOS received, for tests to read.
 */
@Controller('aos/v1/matters')
export class AosMattersController {
  constructor(
    @Inject(AOS_SYSTEM) private readonly aos: AosSystem,
    @Inject(AOS_SIGNATURE) private readonly signature: HubSignatureCheck,
  ) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Body() body: unknown) {
    this.signature.verify(request);
    const matter = this.aos.receive(webhookId, MATTER_REQUEST.transform(body) as AosMatterRequestV1);
    return { aosMatterNo: matter.file.aosMatterNo, receivedAt: matter.receivedAt };
  }

  @Post(':matterRef/withdrawal')
  @HttpCode(202)
  withdraw(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Param('matterRef') matterRef: string, @Body() body: unknown) {
    this.signature.verify(request);
    const withdrawal = WITHDRAWAL.transform(body) as AosMatterWithdrawalV1;
    const received = withdrawal.matterRef === matterRef ? this.aos.withdraw(webhookId, withdrawal) : undefined;
    if (!received) throw notFound('Matter', matterRef);
    return { aosMatterNo: this.aos.find(matterRef)?.file.aosMatterNo, receivedAt: received.receivedAt };
  }

  @Get()
  list() {
    return { matters: this.aos.list() };
  }

  @Get(':matterRef')
  get(@Param('matterRef') matterRef: string) {
    const matter = this.aos.find(matterRef);
    if (!matter) throw notFound('Matter', matterRef);
    return matter;
  }

  @Get(':matterRef/withdrawal')
  getWithdrawal(@Param('matterRef') matterRef: string) {
    const withdrawal = this.aos.withdrawalOf(matterRef);
    if (!withdrawal) throw notFound('Withdrawal of matter', matterRef);
    return withdrawal;
  }
}
