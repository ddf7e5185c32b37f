// End-to-end tests: the real release build (cargo xtask: split wasm, Trunk for HTML and CSS)
// served by the real reference server, in Debian's
// headless Chromium. `cargo xtask test` (or `cargo xtask e2e`) sets the variables below.
import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { writeClip } from './support/fake-video';

const root = path.resolve(__dirname, '..');
const env = (name: string, fallback: string) => process.env[name] ?? fallback;

const serverBin = env('E2E_SERVER_BIN', path.join(root, 'target/debug/server'));
const dist = env('E2E_DIST', path.join(root, 'dist'));
const work = env('E2E_WORK_DIR', path.join(root, 'target/e2e'));
const port = Number(env('E2E_PORT', '18080'));
const kioskPort = Number(env('E2E_KIOSK_PORT', '18081'));
// A server of its own for tests that move the demo clock by days: on the shared one, that
// would expire every other test's session and codes.
const clockPort = Number(env('E2E_CLOCK_PORT', '18082'));

const server = (listen: number, name: string, extra: string[] = []) => ({
  command: [serverBin, '--addr', `127.0.0.1:${listen}`, '--db', path.join(work, `${name}.sqlite`), '--dist', dist, '--demo', '--pseudo-locales', ...extra].join(' '),
  url: `http://127.0.0.1:${listen}/api/health`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
});

// Chromium's fake camera, which the browser is allowed to use without a prompt. The face-check
// tests that need a dark camera or a refused permission run in projects of their own.
const camera = (clip: 'lit' | 'dark') => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${writeClip(work, clip)}`,
];
const CAMERA_SPECS = /face-(dark|denied)\.spec\.ts/;
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const launch = (extra: string[]) => ({
  executablePath: env('E2E_CHROMIUM', '/usr/bin/chromium'),
  args: [...chromiumArgs, ...extra],
});

export default defineConfig({
  testDir: './tests',
  outputDir: path.join(work, 'results'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    // The app's service worker would answer requests that tests route or count; the tests of
    // the offline start allow it (offline.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', testIgnore: CAMERA_SPECS, use: { launchOptions: launch(camera('lit')) } },
    { name: 'dark-camera', testMatch: /face-dark\.spec\.ts/, use: { launchOptions: launch(camera('dark')) } },
    {
      name: 'camera-denied',
      testMatch: /face-denied\.spec\.ts/,
      use: { launchOptions: launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream=deny']) },
    },
  ],
  webServer: [server(port, 'personal'), server(kioskPort, 'kiosk', ['--kiosk', '--receipt-printer']), server(clockPort, 'clock')],
  metadata: { kioskBaseURL: `http://127.0.0.1:${kioskPort}` },
});
