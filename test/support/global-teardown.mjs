// Stops the staff OpenID provider global-setup.mjs started (one it found running is left alone).
export default async function globalTeardown() {
  await globalThis.__STAFF_IDP__?.stop();
}
