import exampleJson from './example.json';
import { parseProfile } from './parse';
import type { Profile } from './schema';

function load(): Profile {
  const result = parseProfile(exampleJson);
  // The embedded example is ours: if it is invalid, that is a bug to surface at once.
  if (!result.ok) throw new Error(`embedded example profile is invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The profile every check uses until a team profile is configured. */
export const exampleProfile: Profile = load();
