import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/model/annotation';
import { COLOR_SWATCHES } from './colors';

/** A row of colour swatches; the chosen one is marked for screen readers and by a ring. */
export function ColorPicker(props: { value?: HighlightColor | undefined; onPick: (color: HighlightColor) => void; prefix?: string }) {
  return (
    <div class="gloss-colors" role="group" aria-label="Highlight colour">
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          type="button"
          key={color}
          class={`gloss-swatch${props.value === color ? ' is-chosen' : ''}`}
          data-color={color}
          aria-pressed={props.value === color}
          aria-label={`${props.prefix ?? ''}${COLOR_SWATCHES[color].label}`}
          title={`${props.prefix ?? ''}${COLOR_SWATCHES[color].label}`}
          style={{ background: COLOR_SWATCHES[color].fill }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onPick(color)}
        />
      ))}
    </div>
  );
}
