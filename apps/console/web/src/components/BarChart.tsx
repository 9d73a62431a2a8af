/**
 * A small bar chart in SVG with its figures as a table for screen readers: enough for a call centre's daily calls
 * (weeks of days, two series), without a charting library's weight in the bundle.
 */
export function BarChart({ title, labels, series }: { title: string; labels: string[]; series: { name: string; colour: string; values: number[] }[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupWidth = 18 * series.length + 14;
  const width = Math.max(320, labels.length * groupWidth + 40);
  const height = 200;
  const plot = height - 40;
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={title} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <line x1={30} y1={plot + 5} x2={width} y2={plot + 5} stroke="#999" />
        <text x={0} y={12} fontSize={11} fill="#333">
          {max}
        </text>
        {labels.map((label, i) =>
          series.map((s, j) => {
            const h = Math.round((s.values[i] / max) * (plot - 10));
            return <rect key={`${label}-${s.name}`} x={34 + i * groupWidth + j * 18} y={plot + 5 - h} width={16} height={h} fill={s.colour} />;
          }),
        )}
        {labels.map((label, i) => (
          <text key={label} x={34 + i * groupWidth} y={height - 18} fontSize={10} fill="#333">
            {label.slice(5)}
          </text>
        ))}
        {series.map((s, j) => (
          <g key={s.name}>
            <rect x={34 + j * 110} y={height - 12} width={10} height={10} fill={s.colour} />
            <text x={48 + j * 110} y={height - 3} fontSize={11} fill="#333">
              {s.name}
            </text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden" style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">日付</th>
            {series.map((s) => (
              <th scope="col" key={s.name}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.name}>{s.values[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
