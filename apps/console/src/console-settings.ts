/** What the console's parts take from its config, resolved once at start. */
export interface ConsoleSettings {
  publicUrl: string;
  coreUrl: string;
  reconcilerUrl: string;
  adapterUrls: Record<string, string>;
  sessionSeconds: number;
  secureCookies: boolean;
  hubEnv: string;
}

export const CONSOLE_SETTINGS = Symbol('CONSOLE_SETTINGS');
