/**
 * Contrast as RGAA 4.1 computes it (WCAG 2 relative luminance): for the theme builder, which warns about a
 * town's accent before it is published, and for the look tests, which measure the rendered styles.
 */
export type RGBA = [number, number, number, number];

/** Any CSS colour as RGBA, through a canvas: handles #hex, rgb(), color(srgb …), oklab(), names alike. */
export function toRGBA(color: string): RGBA {
  const context = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** A colour laid over another (its alpha blended), opaque. */
export const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [0, 1, 2].map((i) => Math.round(top[i] * a + bottom[i] * (1 - a))).concat(1) as RGBA;
};

export function luminance([r, g, b]: RGBA): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: RGBA, b: RGBA): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** RGAA 3.2 (text) and 3.3 (interface components: borders, focus), normal-size text. */
export const RGAA = { text: 4.5, border: 3 } as const;
