import { Controller, Get, Inject } from '@nestjs/common';
import { Callers, STAFF_ROLES } from '@hub/auth';
import type { ConsoleDirectoryV1 } from '@hub/contracts';
import { PARTNERS } from '@hub/partners';
import { CONSOLE_SETTINGS, type ConsoleSettings } from './console-settings';

/**
 * The partner directory as the screens need it: who can be engaged for what. It has one home (libs/partners), read
 * here rather than copied into the browser; core refuses any other pairing, and the engagement form shows what each
 * partner provides beside its name.
 */
@Controller('api/directory')
export class DirectoryController {
  private readonly directory: ConsoleDirectoryV1;

  constructor(@Inject(CONSOLE_SETTINGS) settings: ConsoleSettings) {
    this.directory = {
      partners: Object.values(PARTNERS).map((p) => ({ partnerId: p.id, name: p.name, nameJa: p.nameJa, functions: [...p.functions], adapter: Object.hasOwn(settings.adapterUrls, p.id) })),
    };
  }

  @Get()
  @Callers(...STAFF_ROLES)
  partners(): ConsoleDirectoryV1 {
    return this.directory;
  }
}
