import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { InfrastructureConfig } from '@hub/config';

export class CoreConfig extends InfrastructureConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Loopback by default: nothing listens beyond this machine unless asked (docker sets 0.0.0.0). */
  @IsString()
  HOST = '127.0.0.1';
}
