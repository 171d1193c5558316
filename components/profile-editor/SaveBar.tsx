import type { DraftCheck } from './draft';

/** What the last save said: saved, or why not. */
export type SaveMessage = { kind: 'ok' | 'error'; text: string } | null;

interface Props {
  message: SaveMessage;
  check: DraftCheck;
  onDiscard: () => void;
}

/** Save and Discard, beside the state of the form: the last save's outcome, else the problems left to fix. */
export function SaveBar({ message, check, onDiscard }: Props) {
  return (
    <div className="savebar">
      <button type="submit" className="primary">
        Save profile
      </button>
      <button type="button" onClick={onDiscard}>
        Discard changes
      </button>
      <span className="savebar__state" role="status">
        {message ? (
          <span className={message.kind}>{message.text}</span>
        ) : check.ok ? (
          'No problems found.'
        ) : (
          `${check.errors.length} problem${check.errors.length === 1 ? '' : 's'} to fix.`
        )}
      </span>
    </div>
  );
}
