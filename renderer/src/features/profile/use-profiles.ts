/**
 * The profiles on this device and what the active profile does with them: switch (with the target's
 * PIN), add a profile, set or clear the own PIN. Each action goes through ProfileRepository, which
 * checks the role and the PIN and audits the change; a refusal comes back as the store's message.
 */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { NewProfile } from '../../db/profile-repository';
import type { Profile } from '../../db/records';

export function useProfiles() {
  const { profiles, profile } = useServices();
  const [list, setList] = useState<Profile[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    profiles.list().then(
      (all) => live && setList(all),
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [profiles, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const add = useCallback(
    async (input: NewProfile) => {
      const created = await profiles.create(input, profile);
      reload();
      return created;
    },
    [profiles, profile, reload],
  );

  const switchTo = useCallback((id: string, pin: string | null) => profiles.switchProfile(profile, id, pin), [profiles, profile]);

  const setOwnPin = useCallback(
    async (pin: string | null, currentPin: string | null) => {
      const updated = await profiles.setPin(profile, profile.id, pin, currentPin);
      reload();
      return updated;
    },
    [profiles, profile, reload],
  );

  return { profile, list, loadError, add, switchTo, setOwnPin };
}
