import { test, expect } from '../support/fixtures';

test('every response carries the security headers and a CSP without unsafe-inline', async ({ request }) => {
  for (const path of ['/', '/accessibility', '/api/health', '/api/nope']) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(csp, path).not.toContain('unsafe-inline');
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp, path).toContain(directive);
    }
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});

test('index.html revalidates; hashed assets are immutable and sent precompressed', async ({ request }) => {
  const index = await request.get('/');
  expect(index.headers()['cache-control']).toBe('no-cache');
  const html = await index.text();
  const wasm = /href=\/?"?(\/[^" >]+_bg\.wasm)/.exec(html)?.[1];
  expect(wasm, 'index.html preloads the wasm').toBeTruthy();
  const asset = await request.get(wasm!, { headers: { 'accept-encoding': 'br' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect(asset.headers()['content-encoding']).toBe('br');
  expect(asset.headers()['content-type']).toBe('application/wasm');
});

test('the API answers health and unknown routes with problem details', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  const missing = await request.get('/api/v1/nothing-here');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toBe('application/problem+json');
  expect(await missing.json()).toEqual({ type: 'about:blank', status: 404, code: 'not-found' });
  // The web app manifest names the icon by its plain name; browsers fetch it on every visit.
  const icon = await request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  const missingFile = await request.get('/missing-file.js');
  expect(missingFile.status()).toBe(404);
});
