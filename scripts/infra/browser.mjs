// The browser the console's tests drive: Debian's Chromium and the Noto CJK fonts (without them Japanese renders as
// boxes in screenshots). Installed with apt-get where missing — Playwright's own browser download needs a network
// this machine does not have. Run by `npm test`; `node scripts/infra/browser.mjs` does it by hand.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const fontsInstalled = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

/** Ensures Chromium and the CJK fonts are installed; returns the Chromium executable's path. */
export function ensureBrowser(log = console.log) {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (!has('chromium') || !fontsInstalled()) {
    if (!has('apt-get')) throw new Error(`Chromium and fonts-noto-cjk are needed for the console's browser tests; install ${PACKAGES.join(' ')} (or set CHROMIUM_PATH)`);
    log(`installing ${PACKAGES.join(' ')} with apt-get (first run only)`);
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const apt = (args) => execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['apt-get', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    try {
      apt(['install', '-y', '--no-install-recommends', ...PACKAGES]);
    } catch {
      apt(['update']); // a fresh machine may have no package lists yet
      apt(['install', '-y', '--no-install-recommends', ...PACKAGES]);
    }
  }
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(ensureBrowser());
