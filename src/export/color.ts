// Colours arrive as CSS strings (the viewer's styling writes `#rrggbb`); GEXF
// wants channels, and networkx reads only r/g/b/a (it fails on `hex`).

export interface RgbaColor {
  r: number;
  g: number;
  b: number;
  /** 0..1; absent when the colour string gave none. */
  a?: number;
}

const HEX_COLOR = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL_COLOR = /^rgba?\(\s*([^)]*?)\s*\)$/i;

/** Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)`, `rgba(r,g,b,a)`; null otherwise. */
export function parseColor(text: unknown): RgbaColor | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  const hex = HEX_COLOR.exec(trimmed)?.[1];
  if (hex !== undefined) return parseHex(hex);
  const functional = FUNCTIONAL_COLOR.exec(trimmed)?.[1];
  if (functional !== undefined) return parseChannels(functional.split(/\s*,\s*/));
  return null;
}

function parseHex(hex: string): RgbaColor {
  const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : (hex.match(/../g) ?? []);
  const [r, g, b, a] = digits.map((pair) => parseInt(pair, 16));
  const color: RgbaColor = { r: r ?? 0, g: g ?? 0, b: b ?? 0 };
  if (a !== undefined) color.a = Math.round((a / 255) * 1000) / 1000;
  return color;
}

function parseChannels(parts: string[]): RgbaColor | null {
  if (parts.length !== 3 && parts.length !== 4) return null;
  const numbers = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : NaN));
  const [r, g, b, a] = numbers as [number, number, number, number | undefined];
  const channelOk = (n: number) => Number.isInteger(n) && n >= 0 && n <= 255;
  if (!channelOk(r) || !channelOk(g) || !channelOk(b)) return null;
  if (a === undefined) return { r, g, b };
  return Number.isFinite(a) && a >= 0 && a <= 1 ? { r, g, b, a } : null;
}
