import type { ProfileError } from '../../lib/profile';
import { Field } from './Field';
import { emptyDecision, errorsAt, slugify, type DecisionDraft } from './draft';
import { RowErrors } from './ErrorList';

const statuses = [
  { value: 'open', label: 'Open' },
  { value: 'decided', label: 'Decided' },
  { value: 'revisiting', label: 'Revisiting' },
];

interface Props {
  items: DecisionDraft[];
  errors: readonly ProfileError[];
  onChange: (items: DecisionDraft[]) => void;
}

export function DecisionEditor({ items, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<DecisionDraft>) => onChange(items.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <div className="card__head">
        <h2 id="decisions-heading">Decisions</h2>
        <p className="muted">What the team has decided, what is still open, and the options it turned down.</p>
      </div>
      <ol className="rows">
        {items.map((d, i) => {
          const at = (field: string) => errorsAt(errors, `decisions[${i}].${field}`);
          const label = d.topic.trim() || `decision ${i + 1}`;
          return (
            <li key={d.key} className="row" aria-label={label}>
              <div className="row__tools">
                <span className="row__title">{label}</span>
                <button type="button" className="danger" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove ${label}`}>
                  Remove
                </button>
              </div>
              <RowErrors errors={errors} path={`decisions[${i}]`} />
              <div className="grid grid--row">
                <Field
                  label="Topic"
                  value={d.topic}
                  errors={at('topic')}
                  onChange={(topic) => update(i, { topic })}
                  onBlur={() => d.id === '' && d.topic.trim() && update(i, { id: slugify(d.topic) })}
                />
                <Field label="Id" value={d.id} errors={at('id')} onChange={(id) => update(i, { id })} />
                <Field kind="select" label="Status" value={d.status} options={statuses} onChange={(status) => update(i, { status: status as DecisionDraft['status'] })} className="narrow" />
                <Field label="Outcome" value={d.outcome} errors={at('outcome')} onChange={(outcome) => update(i, { outcome })} />
                <Field label="Rejected options" value={d.rejected} errors={at('rejected')} placeholder="Comma-separated" onChange={(rejected) => update(i, { rejected })} />
                <Field label="Also called" value={d.aliases} errors={at('aliases')} placeholder="Comma-separated" onChange={(aliases) => update(i, { aliases })} />
                <Field kind="date" label="Decided on" value={d.decidedAt} errors={at('decidedAt')} onChange={(decidedAt) => update(i, { decidedAt })} />
                <Field kind="date" label="Decide by" value={d.decideBy} errors={at('decideBy')} onChange={(decideBy) => update(i, { decideBy })} />
                <Field label="Owner" value={d.owner} errors={at('owner')} onChange={(owner) => update(i, { owner })} />
                <Field label="Note" value={d.note} errors={at('note')} onChange={(note) => update(i, { note })} className="span2" />
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...items, emptyDecision()])}>
        Add decision
      </button>
    </section>
  );
}
