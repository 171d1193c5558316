import { useEffect, useState } from 'react';
import { readEffectiveState, watchEffectiveState, type EffectiveState } from './effective';
import type { StoredItem } from './stored-item';

/** The item's value, kept current; undefined until the first read finishes. */
export function useStored<T>(item: StoredItem<T>): T | null | undefined {
  const [value, setValue] = useState<T | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.get().then((v) => live && setValue(v));
    const stop = item.watch((v) => setValue(v));
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}

export function useEffectiveState(): EffectiveState | undefined {
  const [state, setState] = useState<EffectiveState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readEffectiveState().then((s) => live && setState(s));
    const stop = watchEffectiveState(setState);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
