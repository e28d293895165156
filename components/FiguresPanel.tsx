import type { Figure } from '@/lib/content/schema';
import { formatQuantity } from '@/lib/format/number';

export function FiguresPanel({ figures }: { figures: readonly Figure[] }) {
  if (figures.length === 0) return null;
  return (
    <section className="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">关键数字</h2>
      <dl className="figures__grid">
        {figures.map((figure, index) => (
          <div key={index} className="figures__item">
            <dt>{figure.label}</dt>
            <dd>
              <span className="figures__value">{formatQuantity(figure.value, figure.unit, figure.approx)}</span>
              {figure.note ? <span className="figures__note">{figure.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
