import { z } from '../zod';
import { profileSchema } from '../profile';

export const PROFILE_SCHEMA_ID = 'https://consonant.dev/profile.schema.json';

/**
 * The profile format as JSON Schema, for editors and CI. It describes what a file may contain
 * (the input side: fields with defaults are optional); the cross-entry checks (unique ids and
 * names, ranks, outcomes) run only in `consonant validate`.
 */
export function profileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: PROFILE_SCHEMA_ID,
    title: 'Consonant team priorities profile',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

export function profileJsonSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
