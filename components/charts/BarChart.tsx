/**
 * A horizontal bar chart drawn on the server as SVG (no charting code in the
 * browser). The SVG is decorative for assistive technology: the data table
 * beside it carries the same figures for screen readers and print.
 */
export interface BarSeries {
  name: string;
  /** A CSS class from globals.css that sets the bar colour */
  className: string;
}

/** One bar: its length, and the figure written beside it and in the table (15万余元). */
export interface BarValue {
  value: number;
  text: string;
}

export interface BarRow {
  label: string;
  values: readonly BarValue[];
}

const ROW_HEIGHT = 28;
const BAR_GAP = 4;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 560;

export function BarChart({ id, title, series, rows }: { id: string; title: string; series: readonly BarSeries[]; rows: readonly BarRow[] }) {
  const max = Math.max(1, ...rows.flatMap((row) => row.values.map((bar) => bar.value)));
  const barHeight = (ROW_HEIGHT - BAR_GAP) / series.length;
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - 90;
  const height = rows.length * (ROW_HEIGHT + 10) + 10;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      {series.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.name}>
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" className={s.className} />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <svg className="chart__svg" viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="presentation" aria-hidden="true" focusable="false">
        {rows.map((row, rowIndex) => {
          const y = 10 + rowIndex * (ROW_HEIGHT + 10);
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + ROW_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="chart__label">
                {row.label}
              </text>
              {row.values.map(({ value, text }, seriesIndex) => {
                const width = Math.max(value > 0 ? 2 : 0, (value / max) * plotWidth);
                const barY = y + seriesIndex * barHeight;
                return (
                  <g key={seriesIndex}>
                    <rect x={LABEL_WIDTH} y={barY} width={width} height={barHeight - 1} className={series[seriesIndex]?.className} />
                    <text x={LABEL_WIDTH + width + 6} y={barY + barHeight / 2} dominantBaseline="middle" className="chart__value">
                      {text}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <table className="chart__table">
        <caption className="visually-hidden">{title}（数据表）</caption>
        <thead>
          <tr>
            <th scope="col">类型</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((bar, index) => (
                <td key={index}>{bar.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
