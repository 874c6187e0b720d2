// Wraps fake service objects so every method call is counted and errors surface in the
// script's realm, like calls across the real Apps Script bridge.
import type { FakeStore } from "./store";

const SELF = Symbol("self");
const cache = new WeakMap<object, object>();

/** Fake classes name their service type ("Range", "Sheet"…) with this property. */
export interface ServiceObject {
  readonly serviceName: string;
}

function isServiceObject(value: unknown): value is ServiceObject & object {
  return typeof value === "object" && value !== null && typeof (value as ServiceObject).serviceName === "string";
}

/** The fake behind a counted proxy (scripts hand our own objects back to us). */
export function unwrap<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const self = (value as Record<symbol, unknown>)[SELF];
  if (self) return self as T;
  if (Array.isArray(value) && value.length > 0 && (value[0] as Record<symbol, unknown> | null)?.[SELF]) {
    return value.map(unwrap) as T;
  }
  return value;
}

function wrapResult(store: FakeStore, value: unknown): unknown {
  if (isServiceObject(value)) return counted(store, value);
  if (Array.isArray(value) && value.length > 0 && isServiceObject(value[0])) {
    return value.map((item) => counted(store, item as ServiceObject & object));
  }
  return value;
}

export function counted<T extends object>(store: FakeStore, target: T & Partial<ServiceObject>): T {
  const known = cache.get(target);
  if (known) return known as T;
  const name = target.serviceName ?? "Service";
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (prop === SELF) return t;
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof value !== "function" || typeof prop !== "string" || prop.startsWith("_") || prop === "constructor") {
        return value;
      }
      return (...args: unknown[]) => {
        store.recordCall(`${name}.${prop}`, t);
        try {
          return wrapResult(store, (value as (...a: unknown[]) => unknown).apply(t, args.map(unwrap)));
        } catch (error) {
          throw inRealm(store, error);
        }
      };
    },
  });
  cache.set(target, proxy);
  return proxy as T;
}

function inRealm(store: FakeStore, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { Error: RealmError } = store.current().realm;
  const original: Error = error;
  if (Object.getPrototypeOf(original) === RealmError.prototype) return original;
  const translated = new RealmError(original.message);
  translated.name = original.name === "ExecutionTimeout" ? "Error" : original.name;
  return translated;
}
