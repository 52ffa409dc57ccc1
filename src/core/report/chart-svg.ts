import type { BarChart } from './document';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => (Math.round(n * 10) / 10).toString();

/** The chart's size in user units (points in the PDF): its width is the text's, its height grows with the bars. */
export function chartSize(chart: BarChart, width: number): { width: number; height: number } {
  return { width, height: 34 + chart.bars.length * 26 + 24 };
}

/**
 * A bar chart as SVG (vector, text as text in DejaVu Sans): the labels on the left, a bar per
 * category from the zero line, its value beside it, ticks at min, zero and max. The PDF draws
 * it as vector, the DOCX as a picture of it, the preview shows it as it is.
 */
export function barChartSvg(chart: BarChart, width: number): string {
  const { height } = chartSize(chart, width);
  const labelW = Math.min(200, width * 0.32);
  const valueW = 48;
  const x0 = labelW + 8;
  const plotW = width - x0 - valueW;
  const x = (v: number) => x0 + ((v - chart.min) / (chart.max - chart.min)) * plotW;
  const zero = x(Math.min(Math.max(0, chart.min), chart.max));
  const top = 28;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="DejaVu Sans">`,
    `<rect width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    `<text x="0" y="14" font-size="11" font-weight="bold" fill="#1a1a1a">${esc(chart.title)}</text>`,
  ];
  chart.bars.forEach((b, i) => {
    const y = top + i * 26;
    out.push(`<text x="${num(labelW)}" y="${num(y + 15)}" font-size="10" text-anchor="end" fill="#222222">${esc(b.label)}</text>`);
    if (b.value !== null) {
      const end = x(Math.min(Math.max(b.value, chart.min), chart.max));
      const [from, to] = end < zero ? [end, zero] : [zero, end];
      out.push(`<rect x="${num(from)}" y="${num(y + 4)}" width="${num(Math.max(0.5, to - from))}" height="16" fill="${b.color}" stroke="#333333" stroke-width="0.5"/>`);
    }
    const tx = b.value !== null && b.value >= 0 ? x(Math.min(b.value, chart.max)) + 4 : zero + 4;
    out.push(`<text x="${num(tx)}" y="${num(y + 15)}" font-size="10" fill="#222222">${esc(b.text)}</text>`);
  });
  const bottom = top + chart.bars.length * 26 + 4;
  out.push(`<line x1="${num(zero)}" y1="${num(top)}" x2="${num(zero)}" y2="${num(bottom)}" stroke="#333333" stroke-width="1"/>`);
  out.push(`<line x1="${num(x(chart.min))}" y1="${num(bottom)}" x2="${num(x(chart.max))}" y2="${num(bottom)}" stroke="#999999" stroke-width="0.5"/>`);
  const ticks = [...new Set([chart.min, Math.min(Math.max(0, chart.min), chart.max), chart.max])];
  for (const v of ticks)
    out.push(`<text x="${num(x(v))}" y="${num(bottom + 13)}" font-size="9" text-anchor="middle" fill="#555555">${esc(v < 0 ? `−${String(-v)}` : v > 0 ? `+${String(v)}` : '0')}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
