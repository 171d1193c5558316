import { useId, type ReactNode } from 'react';

interface Common {
  label: string;
  errors?: readonly string[];
  hint?: string;
  disabled?: boolean;
  className?: string;
}

type Props = Common &
  (
    | {
        kind?: 'text' | 'date' | 'number' | 'url';
        value: string;
        onChange: (value: string) => void;
        placeholder?: string;
        onBlur?: () => void;
      }
    | {
        kind: 'select';
        value: string;
        onChange: (value: string) => void;
        options: readonly { value: string; label: string }[];
      }
    | { kind: 'textarea'; value: string; onChange: (value: string) => void; placeholder?: string; rows?: number }
  );

/** One labelled input with its hint and its errors, tied together for screen readers. */
export function Field(props: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const errors = props.errors ?? [];
  const describedBy = [errors.length ? errorId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    disabled: props.disabled,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': describedBy,
  };
  let control: ReactNode;
  if (props.kind === 'select') {
    control = (
      <select {...common} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (props.kind === 'textarea') {
    control = (
      <textarea
        {...common}
        value={props.value}
        rows={props.rows ?? 2}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type={props.kind === 'number' ? 'text' : (props.kind ?? 'text')}
        inputMode={props.kind === 'number' ? 'numeric' : undefined}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
    );
  }
  return (
    <div className={`field${errors.length ? ' field--invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {control}
      {props.hint && (
        <span className="field__hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {errors.length > 0 && (
        <ul className="field__errors" id={errorId} role="alert">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
