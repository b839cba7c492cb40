/** Feature names as a model file stores them: one string, joined by a separator no name may hold. */
export function joinFeatureNames(names: readonly string[], separator: string): string {
  const clash = names.find((name) => name.includes(separator));
  if (clash !== undefined) throw new Error(`feature name ${JSON.stringify(clash)} holds the separator ${JSON.stringify(separator)}`);
  return names.join(separator);
}
