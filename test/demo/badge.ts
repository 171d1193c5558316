/**
 * The badge once a check found conflicts ("4 conflicts", "1 conflict · 2 warnings"). A bare
 * /conflict/ also matches "No conflicts", which the badge says before the draft is checked
 * against the words typed last, so the demo's screenshot showed it behind a warning.
 */
export const HAS_CONFLICTS = /[1-9]\d* conflicts?(?![a-z])/;
