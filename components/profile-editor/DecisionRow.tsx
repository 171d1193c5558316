import type { ProfileError } from '../../lib/profile';
import { Field } from './Field';
import { errorsAt, slugify, type DecisionDraft } from './draft';
import { RowErrors } from './ErrorList';

const statuses = [
  { value: 'open', label: 'Open' },
  { value: 'decided', label: 'Decided' },
  { value: 'revisiting', label: 'Revisiting' },
];

interface Props {
  decision: DecisionDraft;
  index: number;
  errors: readonly ProfileError[];
  onPatch: (patch: Partial<DecisionDraft>) => void;
  onRemove: () => void;
}

/** One decision of the list: its fields, its errors and its Remove button. */
export function DecisionRow({ decision: d, index: i, errors, onPatch, onRemove }: Props) {
  const at = (field: string) => errorsAt(errors, `decisions[${i}].${field}`);
  const label = d.topic.trim() || `decision ${i + 1}`;
  return (
    <li className="row" aria-label={label}>
      <div className="row__tools">
        <span className="row__title">{label}</span>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove
        </button>
      </div>
      <RowErrors errors={errors} path={`decisions[${i}]`} />
      <div className="grid grid--row">
        <Field
          label="Topic"
          value={d.topic}
          errors={at('topic')}
          onChange={(topic) => onPatch({ topic })}
          onBlur={() => d.id === '' && d.topic.trim() && onPatch({ id: slugify(d.topic) })}
        />
        <Field label="Id" value={d.id} errors={at('id')} onChange={(id) => onPatch({ id })} />
        <Field
          kind="select"
          label="Status"
          value={d.status}
          options={statuses}
          onChange={(status) => onPatch({ status: status as DecisionDraft['status'] })}
          className="narrow"
        />
        <Field label="Outcome" value={d.outcome} errors={at('outcome')} onChange={(outcome) => onPatch({ outcome })} />
        <Field
          label="Rejected options"
          value={d.rejected}
          errors={at('rejected')}
          placeholder="Comma-separated"
          onChange={(rejected) => onPatch({ rejected })}
        />
        <Field
          label="Also called"
          value={d.aliases}
          errors={at('aliases')}
          placeholder="Comma-separated"
          onChange={(aliases) => onPatch({ aliases })}
        />
        <Field
          kind="date"
          label="Decided on"
          value={d.decidedAt}
          errors={at('decidedAt')}
          onChange={(decidedAt) => onPatch({ decidedAt })}
        />
        <Field
          kind="date"
          label="Decide by"
          value={d.decideBy}
          errors={at('decideBy')}
          onChange={(decideBy) => onPatch({ decideBy })}
        />
        <Field label="Owner" value={d.owner} errors={at('owner')} onChange={(owner) => onPatch({ owner })} />
        <Field
          label="Note"
          value={d.note}
          errors={at('note')}
          onChange={(note) => onPatch({ note })}
          className="span2"
        />
      </div>
    </li>
  );
}
