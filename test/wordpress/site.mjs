// A throwaway WordPress site for the plugin's tests: Debian's WordPress (6.1, Twenty Twenty-Three)
// with the built plugin (dist/wordpress/cityweave/), a private MariaDB on a socket (no network) and
// PHP's built-in server on 127.0.0.1. `startSite()` returns its address, the author's login and a
// `wp(args, stdin)` that runs test/wordpress/wp.php against it; `stop()` removes everything.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const CONFIG_NAME = 'cityweave-test';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
export const PLUGIN = join(root, 'dist/wordpress/cityweave');

/** What the site needs and is not there (empty when it can run). */
export function missingForSite() {
  return [
    !existsSync('/usr/share/wordpress/wp-settings.php') && 'Debian\'s wordpress package',
    !existsSync('/usr/sbin/mariadbd') && 'mariadb-server-core',
    !existsSync(PLUGIN) && 'the built plugin (npm run build:wordpress)',
  ].filter(Boolean);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves when the process prints `text` on stderr (servers say when they listen), rejects if it exits first. */
function whenSays(child, text, what) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk;
      if (seen.includes(text)) {
        child.stderr.off('data', onData);
        child.stderr.resume(); // keep draining, so the server never blocks on a full pipe
        resolve();
      }
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${seen.slice(-2000)}`)));
  });
}

export async function startSite() {
  const tmp = mkdtempSync(join(tmpdir(), 'cityweave-wp-'));
  const site = { tmp };
  const sock = join(tmp, 'mysqld.sock');
  try {
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${tmp}/db`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
    site.db = spawn('mariadbd', ['--no-defaults', `--datadir=${tmp}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', `--pid-file=${tmp}/mysqld.pid`, '--innodb-flush-log-at-trx-commit=0', '--skip-log-bin'], { stdio: ['ignore', 'ignore', 'pipe'] });
    // MariaDB says "ready for connections" on stderr once it listens on the socket: no polling.
    await whenSays(site.db, 'ready for connections', 'MariaDB');
    execFileSync('mariadb', [`--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    const content = join(tmp, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'uploads'));
    mkdirSync(join(content, 'mu-plugins'));
    cpSync(PLUGIN, join(content, 'plugins/cityweave'), { recursive: true });
    // The stand-in for WordPress 6.5's script modules (see the file): in this test site only.
    cpSync(join(here, 'script-module-standin.php'), join(content, 'mu-plugins/script-module-standin.php'));
    symlinkSync('/var/lib/wordpress/wp-content/themes', join(content, 'themes'));
    symlinkSync('/var/lib/wordpress/wp-content/languages', join(content, 'languages'));

    const port = await freePort();
    site.url = `http://127.0.0.1:${port}`;
    writeFileSync(
      CONFIG_FILE,
      `<?php // written by cityweave's test/wordpress/site.mjs, removed after the test
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', 'localhost:${sock}');
define('WP_HOME', '${site.url}'); define('WP_SITEURL', '${site.url}');
define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${site.url}/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
`,
    );
    site.configFile = CONFIG_FILE;
    site.author = { login: 'auteur', password: randomBytes(12).toString('base64url') };
    const env = { ...process.env, WORDPRESS_CONFIG: CONFIG_NAME, CITYWEAVE_WP_URL: site.url, CITYWEAVE_WP_CONTENT: content, CITYWEAVE_AUTHOR_PASSWORD: site.author.password };
    site.wp = (args, input) => JSON.parse(execFileSync('php', [join(here, 'wp.php'), ...args], { env, input, encoding: 'utf8' }).trim().split('\n').at(-1));
    site.installed = site.wp(['install']);

    // Its own process group: PHP_CLI_SERVER_WORKERS forks workers that outlive a signal to the parent alone.
    site.php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], { env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    // PHP's server prints "Development Server (…) started" once it listens.
    await whenSays(site.php, 'started', 'PHP\'s server');
  } catch (e) {
    await stopSite(site);
    throw e;
  }
  return site;
}

export async function stopSite(site) {
  if (site.php?.pid && site.php.exitCode === null) {
    try {
      process.kill(-site.php.pid, 'SIGTERM'); // the server and its workers
    } catch {
      // already gone
    }
  }
  if (site.db && site.db.exitCode === null) {
    const exited = new Promise((r) => site.db.once('exit', r));
    site.db.kill('SIGTERM');
    await exited;
  }
  if (site.configFile) rmSync(site.configFile, { force: true });
  rmSync(site.tmp, { recursive: true, force: true });
}
