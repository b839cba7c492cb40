/**
 * Whether a computed CSS colour ("rgb(230, 230, 230)") is light: the text colour of a
 * website set light on dark. Gloss's entity underlines are dark by default and switch to
 * a light set there. Luma over the sRGB values; a colour it cannot read (another colour
 * space) counts as dark, the default palette.
 */
export function isLightColor(cssColor: string): boolean {
  if (!cssColor.startsWith('rgb')) return false;
  const [r = 0, g = 0, b = 0] = (cssColor.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
}
