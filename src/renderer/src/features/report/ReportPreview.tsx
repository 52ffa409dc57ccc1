import { barChartSvg } from '../../../../core/report/chart-svg';
import type { ReportBlock, ReportDocument } from '../../../../core/report/document';

/** An SVG made by the engine or by core as a picture: an image runs no script, and its text stays text to React. */
const svgSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function Block({ block, maps }: { block: ReportBlock; maps: Readonly<Record<string, string>> }) {
  switch (block.kind) {
    case 'heading':
      return <h3>{block.text}</h3>;
    case 'paragraph':
      return <p className={block.tone ? `report-${block.tone}` : undefined}>{block.text}</p>;
    case 'bullets':
      return block.numbered ? (
        <ol>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="report-grid">
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} className={block.numeric[i] ? 'num' : undefined} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j} className={block.numeric[j] ? 'num' : undefined}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'chart':
      return <img className="report-chart" src={svgSource(barChartSvg(block.chart, 640))} alt={block.chart.title} />;
    case 'map': {
      const svg = maps[block.view];
      return (
        <figure className="report-map">
          {svg !== undefined && <img src={svgSource(svg)} alt={block.caption} />}
          <figcaption>
            <strong>{block.caption}</strong>
            <br />
            <span className="muted small">{block.source}</span>
          </figcaption>
        </figure>
      );
    }
  }
}

/**
 * The report as the PDF and the DOCX have it, laid out as a page of HTML: the title page, the
 * contents, and each section from a new page when printed. What the app's print command prints.
 */
export function ReportPreview({ report, maps }: { report: ReportDocument; maps: Readonly<Record<string, string>> }) {
  return (
    <article className="report-preview" lang={report.lang} data-testid="report-preview">
      <header className="report-title-page">
        <h1>{report.title}</h1>
        <p className="report-subtitle">{report.subtitle}</p>
        {report.titleLines.map((line, i) => (
          <p key={i} className="muted">
            {line}
          </p>
        ))}
      </header>
      <nav className="report-contents" aria-label={report.labels.contents}>
        <h2>{report.labels.contents}</h2>
        <ol>
          {report.sections.map((s) => (
            <li key={s.id}>{s.title}</li>
          ))}
        </ol>
      </nav>
      {report.sections.map((s) => (
        <section key={s.id} className="report-section" data-section={s.id}>
          <h2>{s.title}</h2>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} maps={maps} />
          ))}
        </section>
      ))}
    </article>
  );
}
