/** Shared bits for benchmarks that run code inside Debian Chromium. */
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error build.mjs is plain JavaScript
import { BACKGROUND_SUPPORTED } from '../../build.mjs';

/** Bundles TypeScript source (relative to the repository root) into one script for a page, as the background bundle is built. */
export async function bundleForPage(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome121',
    supported: BACKGROUND_SUPPORTED,
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
