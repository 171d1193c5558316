import { useEffect, useState } from 'react';
import { isLocked } from '../../lib/sync/merge';
import type { Settings } from '../../lib/settings/schema';
import { Locked } from './Locked';
import { SITES } from '../../lib/sites';

interface Props {
  settings: Settings;
  locked: readonly string[];
  onChange: (patch: Partial<Settings>) => void;
}

const modes = [
  { value: 'off', label: 'Off', hint: 'No checks' },
  { value: 'warn', label: 'Warn', hint: 'Hold the send with Edit or Send anyway' },
  { value: 'block', label: 'Block', hint: 'Hold the send until the draft is edited' },
] as const;
const sites = SITES;
const severities = [
  { value: 'info', label: 'Everything, including notes' },
  { value: 'warning', label: 'Warnings and errors' },
  { value: 'error', label: 'Errors only' },
] as const;

export function SettingsPanel({ settings, locked, onChange }: Props) {
  const modeLocked = isLocked(locked, 'mode');
  const severityLocked = isLocked(locked, 'minSeverity');
  const refreshLocked = isLocked(locked, 'refreshMinutes');
  return (
    <section className="card" aria-labelledby="settings-heading">
      <div className="card__head">
        <h2 id="settings-heading">Settings</h2>
      </div>
      <fieldset disabled={modeLocked}>
        <legend>When a draft conflicts with the profile {modeLocked && <Locked />}</legend>
        <div className="choices">
          {modes.map((m) => (
            <label key={m.value} className="choice">
              <input
                type="radio"
                name="mode"
                value={m.value}
                checked={settings.mode === m.value}
                disabled={modeLocked}
                onChange={() => onChange({ mode: m.value })}
              />
              <span>
                <strong>{m.label}</strong> <span className="muted">{m.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Sites to check</legend>
        <div className="choices">
          {sites.map((s) => {
            const siteLocked = isLocked(locked, `sites.${s.id}`);
            return (
              <label key={s.id} className="choice">
                <input
                  type="checkbox"
                  checked={settings.sites[s.id]}
                  disabled={siteLocked}
                  onChange={(e) => onChange({ sites: { ...settings.sites, [s.id]: e.target.checked } })}
                />
                <span>
                  {s.label} {siteLocked && <Locked />}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="grid">
        <div className="field">
          <label htmlFor="min-severity">Hold a send for {severityLocked && <Locked />}</label>
          <select
            id="min-severity"
            value={settings.minSeverity}
            disabled={severityLocked}
            onChange={(e) => onChange({ minSeverity: e.target.value as Settings['minSeverity'] })}
          >
            {severities.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <RefreshField
          minutes={settings.refreshMinutes}
          locked={refreshLocked}
          onChange={(refreshMinutes) => onChange({ refreshMinutes })}
        />
      </div>
    </section>
  );
}

/** Typed freely and saved once it is a whole number of at least 5, so "15" can be typed through "1". */
function RefreshField({
  minutes,
  locked,
  onChange,
}: {
  minutes: number;
  locked: boolean;
  onChange: (minutes: number) => void;
}) {
  const [text, setText] = useState(String(minutes));
  useEffect(() => setText(String(minutes)), [minutes]);
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= 5;
  return (
    <div className="field">
      <label htmlFor="refresh-minutes">Check the team URL every (minutes) {locked && <Locked />}</label>
      <input
        id="refresh-minutes"
        type="text"
        inputMode="numeric"
        value={text}
        disabled={locked}
        aria-invalid={valid ? undefined : true}
        aria-describedby="refresh-minutes-hint"
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          if (Number.isInteger(next) && next >= 5 && next !== minutes) onChange(next);
        }}
        onBlur={() => !valid && setText(String(minutes))}
      />
      <span className={valid ? 'field__hint' : 'field__errors'} id="refresh-minutes-hint">
        {valid ? 'At least 5 minutes.' : 'Use a whole number of minutes, at least 5.'}
      </span>
    </div>
  );
}
