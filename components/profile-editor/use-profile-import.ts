import { useState } from 'react';
import type { Profile, ProfileError } from '../../lib/profile';
import type { ProfileSource } from '../../lib/profile/read';
import type { OpenResult, Signature } from '../../lib/profile/signed';

/** Who signed an imported file, as the import's note ends: nothing when it was not signed. */
function signedBy(signature: Signature): string {
  return signature.state === 'verified'
    ? `, signed by ${signature.kid} (verified)`
    : signature.state === 'unverified'
      ? `, signed by ${signature.kid ?? 'a key with no id'} (unverified)`
      : '';
}

/**
 * Reads a chosen profile file: `read` opens it and hands a good profile to `onImport`; `imported`
 * says what came in, `errors` why nothing did.
 */
export function useProfileImport(
  open: (text: string, source: ProfileSource) => Promise<OpenResult>,
  onImport: (profile: Profile, jws?: string) => void,
) {
  const [errors, setErrors] = useState<ProfileError[]>([]);
  const [imported, setImported] = useState<string | null>(null);

  const read = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // The file was moved, deleted or locked after it was chosen: say so rather than do nothing.
      setImported(null);
      setErrors([
        {
          path: '',
          message: `could not be read from ${file.name} (${error instanceof Error ? error.message : String(error)}). Choose the file again.`,
        },
      ]);
      return;
    }
    const result = await open(text, { name: file.name, contentType: file.type });
    if (!result.ok) {
      setImported(null);
      setErrors(
        result.errors.length > 0
          ? result.errors
          : [{ path: '', message: `is not signed by a key your organization trusts: ${result.message}.` }],
      );
      return;
    }
    setErrors([]);
    setImported(
      `Imported ${result.value.team}, version ${result.value.version}, from ${file.name}${signedBy(result.signature)}.`,
    );
    if (result.jws) onImport(result.value, result.jws);
    else onImport(result.value);
  };

  return { errors, imported, read };
}
