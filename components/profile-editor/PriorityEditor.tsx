import type { ProfileError } from '../../lib/profile';
import { Field } from './Field';
import { emptyPriority, errorsAt, movePriority, slugify, type PriorityDraft } from './draft';
import { RowErrors } from './ErrorList';

const statuses = [
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused' },
  { value: 'dropped', label: 'Dropped' },
];

interface Props {
  items: PriorityDraft[];
  errors: readonly ProfileError[];
  onChange: (items: PriorityDraft[]) => void;
}

export function PriorityEditor({ items, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<PriorityDraft>) => onChange(items.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const nextRank = items.reduce((max, p) => Math.max(max, Number(p.rank) || 0), 0) + 1;
  return (
    <section className="card" aria-labelledby="priorities-heading">
      <div className="card__head">
        <h2 id="priorities-heading">Priorities</h2>
        <p className="muted">Ranked from most to least important. Active ranks must be unique; paused and dropped items need no rank.</p>
      </div>
      <ol className="rows">
        {items.map((p, i) => {
          const at = (field: string) => errorsAt(errors, `priorities[${i}].${field}`);
          const label = p.name.trim() || `priority ${i + 1}`;
          return (
            <li key={p.key} className="row" aria-label={label}>
              <div className="row__tools">
                <span className="row__title">{label}</span>
                <button type="button" onClick={() => onChange(movePriority(items, i, -1))} disabled={i === 0} aria-label={`Move ${label} up`}>
                  ↑
                </button>
                <button type="button" onClick={() => onChange(movePriority(items, i, 1))} disabled={i === items.length - 1} aria-label={`Move ${label} down`}>
                  ↓
                </button>
                <button type="button" className="danger" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove ${label}`}>
                  Remove
                </button>
              </div>
              <RowErrors errors={errors} path={`priorities[${i}]`} />
              <div className="grid grid--row">
                <Field
                  label="Name"
                  value={p.name}
                  errors={at('name')}
                  onChange={(name) => update(i, { name })}
                  onBlur={() => p.id === '' && p.name.trim() && update(i, { id: slugify(p.name) })}
                />
                <Field label="Id" value={p.id} errors={at('id')} onChange={(id) => update(i, { id })} />
                <Field kind="number" label="Rank" value={p.rank} errors={at('rank')} onChange={(rank) => update(i, { rank })} className="narrow" />
                <Field kind="select" label="Status" value={p.status} options={statuses} onChange={(status) => update(i, { status: status as PriorityDraft['status'] })} className="narrow" />
                <Field label="Also called" value={p.aliases} errors={at('aliases')} placeholder="Comma-separated" onChange={(aliases) => update(i, { aliases })} className="span2" />
                <Field label="Owner" value={p.owner} errors={at('owner')} onChange={(owner) => update(i, { owner })} />
                <Field kind="date" label="Due" value={p.due} errors={at('due')} onChange={(due) => update(i, { due })} />
                <Field label="Note" value={p.note} errors={at('note')} onChange={(note) => update(i, { note })} className="wide" />
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...items, emptyPriority(nextRank)])}>
        Add priority
      </button>
    </section>
  );
}
