import type { ProfileError } from '../../lib/profile';
import { Field } from './Field';
import { emptyAvoid, errorsAt, type ProfileDraft } from './draft';

interface Props {
  draft: ProfileDraft;
  errors: readonly ProfileError[];
  onChange: (patch: Partial<ProfileDraft>) => void;
}

export function NormsEditor({ draft, errors, onChange }: Props) {
  const updateAvoid = (index: number, patch: Partial<ProfileDraft['avoid'][number]>) =>
    onChange({ avoid: draft.avoid.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  return (
    <section className="card" aria-labelledby="norms-heading">
      <div className="card__head">
        <h2 id="norms-heading">Norms</h2>
        <p className="muted">How the team agreed to signal urgency, and the phrases it prefers to avoid.</p>
      </div>
      <div className="grid">
        <Field
          kind="number"
          label="Urgent language allowed up to rank"
          value={draft.urgentMaxRank}
          errors={errorsAt(errors, 'norms.urgentMaxRank')}
          hint="Empty: no limit"
          onChange={(urgentMaxRank) => onChange({ urgentMaxRank })}
        />
        <Field
          kind="number"
          label="Urgent requests per message"
          value={draft.maxUrgentPerMessage}
          errors={errorsAt(errors, 'norms.maxUrgentPerMessage')}
          hint="Empty: no limit"
          onChange={(maxUrgentPerMessage) => onChange({ maxUrgentPerMessage })}
        />
      </div>
      <h3>Phrases to avoid</h3>
      <ol className="rows">
        {draft.avoid.map((a, i) => (
          <li key={a.key} className="row row--inline" aria-label={a.phrase || `phrase ${i + 1}`}>
            <Field
              label="Phrase"
              value={a.phrase}
              errors={errorsAt(errors, `norms.avoid[${i}].phrase`)}
              onChange={(phrase) => updateAvoid(i, { phrase })}
            />
            <Field
              label="Say instead"
              value={a.instead}
              errors={errorsAt(errors, `norms.avoid[${i}].instead`)}
              onChange={(instead) => updateAvoid(i, { instead })}
            />
            <button
              type="button"
              className="danger"
              onClick={() => onChange({ avoid: draft.avoid.filter((_, j) => j !== i) })}
              aria-label={`Remove ${a.phrase || `phrase ${i + 1}`}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange({ avoid: [...draft.avoid, emptyAvoid()] })}>
        Add phrase
      </button>
    </section>
  );
}
