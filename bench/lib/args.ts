/** Minimal flag parsing for the bench and train scripts: --flag, --key value. */
export function parseArgs(argv: readonly string[]): { flags: Set<string>; values: Map<string, string[]> } {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      values.set(arg.slice(2), [...(values.get(arg.slice(2)) ?? []), next]);
      i++;
    } else flags.add(arg.slice(2));
  }
  return { flags, values };
}
