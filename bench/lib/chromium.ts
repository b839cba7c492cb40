/** Shared bits for benchmarks that run code inside Debian Chromium. */
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Bundles TypeScript source (relative to the repository root) into one script for a page. */
export async function bundleForPage(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome121',
  });
  return result.outputFiles[0]!.text;
}

/** Headless Chromium with the flags these machines need (no network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
