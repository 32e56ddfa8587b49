/**
 * A value that may be loaded only when first needed (a chunk of the embed bundle behind `import()`).
 * `get()` returns it once loaded, `undefined` before; `load()` starts the loading once and resolves when
 * `get()` has it. When the loading fails (a network cut), `get()` gives the fallback from then on; without
 * a fallback it stays `undefined`, and `failed()` says so (an element then stops asking for it).
 * A value given directly is there from the start.
 */
export interface OnDemand<T> {
  get(): T | undefined;
  load(): Promise<T>;
  /** The loading failed and there is no fallback: `get()` will stay `undefined`. */
  failed(): boolean;
  /** Sets the value now (a bundle that includes the module, like the hydrating one, sets it before rendering). */
  set(value: T): void;
}

/** Calling it has no side effect: a bundler drops an unused one (the box's words in the card bundle). */
/* @__NO_SIDE_EFFECTS__ */
export function onDemand<T>(source: T | (() => Promise<T>), fallback?: T): OnDemand<T> {
  let value: T | undefined = typeof source === 'function' ? undefined : source;
  let loading: Promise<T> | undefined;
  let failed = false;
  const set = (loaded: T) => {
    loading = Promise.resolve((value = loaded));
    return loaded;
  };
  return {
    get: () => value,
    failed: () => failed,
    load: () =>
      value !== undefined
        ? Promise.resolve(value)
        : (loading ??= (source as () => Promise<T>)().then(set, () => {
            failed = fallback === undefined;
            return set(fallback as T);
          })),
    set,
  };
}
