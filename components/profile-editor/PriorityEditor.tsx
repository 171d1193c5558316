import type { ProfileError } from '../../lib/profile';
import { emptyPriority, movePriority, type PriorityDraft } from './draft';
import { PriorityRow } from './PriorityRow';

interface Props {
  items: PriorityDraft[];
  errors: readonly ProfileError[];
  onChange: (items: PriorityDraft[]) => void;
}

export function PriorityEditor({ items, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<PriorityDraft>) =>
    onChange(items.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const nextRank = items.reduce((max, p) => Math.max(max, Number(p.rank) || 0), 0) + 1;
  return (
    <section className="card" aria-labelledby="priorities-heading">
      <div className="card__head">
        <h2 id="priorities-heading">Priorities</h2>
        <p className="muted">
          Ranked from most to least important. Active ranks must be unique; paused and dropped items need no rank.
        </p>
      </div>
      <ol className="rows">
        {items.map((p, i) => (
          <PriorityRow
            key={p.key}
            priority={p}
            index={i}
            count={items.length}
            errors={errors}
            onPatch={(patch) => update(i, patch)}
            onMove={(by) => onChange(movePriority(items, i, by))}
            onRemove={() => onChange(items.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...items, emptyPriority(nextRank)])}>
        Add priority
      </button>
    </section>
  );
}
