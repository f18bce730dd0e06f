#!/usr/bin/env node
// Chromium for the browser tests (example apps, docs site), which look for
// it at GMEKIT_CHROMIUM or /usr/bin/chromium. Used by `npm test`
// (scripts/gate.mjs) and by .ci/run, so a fresh Debian machine needs nothing
// installed by hand: when Chromium is missing and this runs as root with
// apt-get, it installs Debian's `chromium`, bounded by a timeout. Otherwise
// it says what to do. Best effort: it always exits 0, and the browser tests
// report a missing browser themselves. GMEKIT_SKIP_CHROMIUM_INSTALL=1 turns
// the install off (the check and the advice stay).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.GMEKIT_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = 300_000;
const ADVICE =
  `the browser tests need Chromium at ${CHROMIUM}. On Debian or Ubuntu run \`sudo apt-get update && sudo apt-get install -y chromium\`; ` +
  'elsewhere set GMEKIT_CHROMIUM to a Chromium or Chrome binary. Everything else in the gate runs without it.';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function ensure() {
  if (existsSync(CHROMIUM)) return;
  if (process.env.GMEKIT_CHROMIUM !== undefined) {
    console.log(`note: GMEKIT_CHROMIUM=${CHROMIUM} does not exist; ${ADVICE}`);
    return;
  }
  const root = process.platform === 'linux' && process.getuid?.() === 0;
  if (!root || !has('apt-get') || process.env.GMEKIT_SKIP_CHROMIUM_INSTALL === '1') {
    const why = process.env.GMEKIT_SKIP_CHROMIUM_INSTALL === '1' ? 'GMEKIT_SKIP_CHROMIUM_INSTALL=1' : !has('apt-get') ? 'no apt-get here' : 'not running as root';
    console.log(`note: Chromium is not installed and cannot be installed from here (${why}); ${ADVICE}`);
    return;
  }
  console.log(`Chromium is missing: installing Debian's chromium with apt-get (at most ${TIMEOUT_MS / 60_000} minutes)…`);
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (install.status === 0 && existsSync(CHROMIUM)) {
    console.log('installed chromium');
    return;
  }
  const reason = install.error?.code === 'ETIMEDOUT' ? 'timed out' : `apt-get exited ${String(install.status)}: ${(install.stderr?.toString() ?? '').trim().split('\n').at(-1) ?? ''}`;
  console.log(`note: could not install chromium (${reason}); ${ADVICE}`);
}

ensure();
