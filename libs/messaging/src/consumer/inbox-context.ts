import { BaseRpcContext } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';

export interface InboundMessageMeta {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
}

/**
 * What a Kafka handler gets beside the payload (`@Ctx()`): the open transaction in which the event was
 * claimed as processed. The handler's effect must use it, so the effect and the claim commit together.
 */
export class InboxContext extends BaseRpcContext<[EntityManager, InboundMessageMeta]> {
  get tx(): EntityManager {
    return this.args[0];
  }

  get meta(): InboundMessageMeta {
    return this.args[1];
  }
}
