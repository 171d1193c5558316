/** Shown beside anything enterprise policy sets: the value is the organization's, not the user's. */
export function Locked() {
  return (
    <span className="locked" title="This setting comes from your organization's policy">
      Set by your organization
    </span>
  );
}
