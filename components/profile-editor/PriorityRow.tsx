import type { ProfileError } from '../../lib/profile';
import { Field } from './Field';
import { errorsAt, slugify, type PriorityDraft } from './draft';
import { RowErrors } from './ErrorList';

const statuses = [
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused' },
  { value: 'dropped', label: 'Dropped' },
];

interface Props {
  priority: PriorityDraft;
  index: number;
  /** How many priorities the list holds: the last one cannot move down. */
  count: number;
  errors: readonly ProfileError[];
  onPatch: (patch: Partial<PriorityDraft>) => void;
  /** Moves the priority one place up (-1) or down (1). */
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One priority of the ranked list: its fields, its errors, and buttons to move or remove it. */
export function PriorityRow({ priority: p, index: i, count, errors, onPatch, onMove, onRemove }: Props) {
  const at = (field: string) => errorsAt(errors, `priorities[${i}].${field}`);
  const label = p.name.trim() || `priority ${i + 1}`;
  return (
    <li className="row" aria-label={label}>
      <div className="row__tools">
        <span className="row__title">{label}</span>
        <button type="button" onClick={() => onMove(-1)} disabled={i === 0} aria-label={`Move ${label} up`}>
          ↑
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={i === count - 1} aria-label={`Move ${label} down`}>
          ↓
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove
        </button>
      </div>
      <RowErrors errors={errors} path={`priorities[${i}]`} />
      <div className="grid grid--row">
        <Field
          label="Name"
          value={p.name}
          errors={at('name')}
          onChange={(name) => onPatch({ name })}
          onBlur={() => p.id === '' && p.name.trim() && onPatch({ id: slugify(p.name) })}
        />
        <Field label="Id" value={p.id} errors={at('id')} onChange={(id) => onPatch({ id })} />
        <Field
          kind="number"
          label="Rank"
          value={p.rank}
          errors={at('rank')}
          onChange={(rank) => onPatch({ rank })}
          className="narrow"
        />
        <Field
          kind="select"
          label="Status"
          value={p.status}
          options={statuses}
          onChange={(status) => onPatch({ status: status as PriorityDraft['status'] })}
          className="narrow"
        />
        <Field
          label="Also called"
          value={p.aliases}
          errors={at('aliases')}
          placeholder="Comma-separated"
          onChange={(aliases) => onPatch({ aliases })}
          className="span2"
        />
        <Field label="Owner" value={p.owner} errors={at('owner')} onChange={(owner) => onPatch({ owner })} />
        <Field kind="date" label="Due" value={p.due} errors={at('due')} onChange={(due) => onPatch({ due })} />
        <Field
          label="Note"
          value={p.note}
          errors={at('note')}
          onChange={(note) => onPatch({ note })}
          className="wide"
        />
      </div>
    </li>
  );
}
