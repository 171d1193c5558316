import type { ProfileError } from '../../lib/profile';
import { DecisionEditor } from './DecisionEditor';
import { Field } from './Field';
import { NormsEditor } from './NormsEditor';
import { PriorityEditor } from './PriorityEditor';
import { errorsAt, type ProfileDraft } from './draft';

interface Props {
  draft: ProfileDraft;
  errors: readonly ProfileError[];
  onChange: (draft: ProfileDraft) => void;
}

/** The whole profile as a form; every error from parseProfile shows at the field it names. */
export function ProfileEditor({ draft, errors, onChange }: Props) {
  const patch = (p: Partial<ProfileDraft>) => onChange({ ...draft, ...p });
  return (
    <div className="editor">
      <section className="card" aria-labelledby="team-heading">
        <div className="card__head">
          <h2 id="team-heading">Team</h2>
        </div>
        <div className="grid">
          <Field
            label="Team name"
            value={draft.team}
            errors={errorsAt(errors, 'team')}
            onChange={(team) => patch({ team })}
          />
          <Field
            label="Version"
            value={draft.version}
            errors={errorsAt(errors, 'version')}
            hint="Any label, like 2026-11-20.3"
            onChange={(version) => patch({ version })}
          />
          <Field
            label="Updated by"
            value={draft.updatedBy}
            errors={errorsAt(errors, 'updatedBy')}
            onChange={(updatedBy) => patch({ updatedBy })}
          />
          <Field
            kind="date"
            label="Review by"
            value={draft.reviewBy}
            errors={errorsAt(errors, 'reviewBy')}
            hint="After this date the profile shows as out of date"
            onChange={(reviewBy) => patch({ reviewBy })}
          />
        </div>
        {errorsAt(errors, 'updatedAt').length > 0 && (
          <ul className="field__errors" role="alert">
            {errorsAt(errors, 'updatedAt').map((m) => (
              <li key={m}>Updated at: {m}</li>
            ))}
          </ul>
        )}
      </section>
      <PriorityEditor items={draft.priorities} errors={errors} onChange={(priorities) => patch({ priorities })} />
      <DecisionEditor items={draft.decisions} errors={errors} onChange={(decisions) => patch({ decisions })} />
      <NormsEditor draft={draft} errors={errors} onChange={patch} />
    </div>
  );
}
