import type { ProfileError } from '../../lib/profile';
import { DecisionRow } from './DecisionRow';
import { emptyDecision, type DecisionDraft } from './draft';

interface Props {
  items: DecisionDraft[];
  errors: readonly ProfileError[];
  onChange: (items: DecisionDraft[]) => void;
}

export function DecisionEditor({ items, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<DecisionDraft>) =>
    onChange(items.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <div className="card__head">
        <h2 id="decisions-heading">Decisions</h2>
        <p className="muted">What the team has decided, what is still open, and the options it turned down.</p>
      </div>
      <ol className="rows">
        {items.map((d, i) => (
          <DecisionRow
            key={d.key}
            decision={d}
            index={i}
            errors={errors}
            onPatch={(patch) => update(i, patch)}
            onRemove={() => onChange(items.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...items, emptyDecision()])}>
        Add decision
      </button>
    </section>
  );
}
