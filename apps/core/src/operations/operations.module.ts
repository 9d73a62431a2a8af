import { DynamicModule, Module } from '@nestjs/common';
import { DeadLetterRepository } from '@hub/messaging';
import { DeadLettersController } from './dead-letters.controller';
import { OPERATIONS_SETTINGS, OperationsSettings } from './operations-settings';
import { OPERATIONS_USECASES } from './usecases';

/** Running the hub: dead letters listed, inspected, replayed and recovered (issue 7). */
@Module({})
export class OperationsModule {
  static register(settings: OperationsSettings): DynamicModule {
    return {
      module: OperationsModule,
      controllers: [DeadLettersController],
      providers: [{ provide: OPERATIONS_SETTINGS, useValue: settings }, DeadLetterRepository, ...OPERATIONS_USECASES],
    };
  }
}
