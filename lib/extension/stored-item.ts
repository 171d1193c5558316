import { storage } from '#imports';
import type { z } from '../zod';

type Key = `local:${string}`;

export interface StoredItem<T> {
  key: Key;
  /** The stored value, or null when there is none or it does not match the schema. */
  get(): Promise<T | null>;
  set(value: T | null): Promise<void>;
  watch(callback: (value: T | null) => void): () => void;
}

/**
 * A WXT storage item whose reads go through its zod schema: storage is a boundary like any
 * other, and a value written by an older or broken build must not crash the reader. Each item
 * carries a version; when its shape changes, bump the version and add a migration.
 */
export function storedItem<S extends z.ZodType>(
  key: Key,
  schema: S,
  options: { version?: number; migrations?: Record<number, (old: unknown) => unknown> } = {},
): StoredItem<z.infer<S>> {
  const item = storage.defineItem<unknown>(key, {
    fallback: null,
    version: options.version ?? 1,
    migrations: options.migrations ?? {},
  });
  const read = (raw: unknown): z.infer<S> | null => {
    if (raw == null) return null;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    console.warn(`[consonant] ignoring an invalid stored ${key}`, parsed.error.issues);
    return null;
  };
  return {
    key,
    get: async () => read(await item.getValue()),
    set: async (value) => (value === null ? item.removeValue() : item.setValue(value)),
    watch: (callback) => item.watch((raw) => callback(read(raw))),
  };
}
