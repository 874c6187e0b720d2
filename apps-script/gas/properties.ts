// The document's Properties store, looked up once per execution: each
// PropertiesService.getDocumentProperties() is a service call, and a sweep asked for it in seven
// places. Values are read and written through it live (another execution may change them), except
// `documentValue`'s keys below.
type Properties = GoogleAppsScript.Properties.Properties;

let documentStore: Properties | null = null;
/** Every document property as this execution first asked `documentValue`, kept up to date with its own writes. */
let snapshot: Record<string, string> | null = null;

/** PropertiesService.getDocumentProperties() the first time only (globals last one execution); writes keep `documentValue` current. */
export function documentProperties(): Properties {
  if (documentStore) return documentStore;
  const store = PropertiesService.getDocumentProperties();
  const tracked: Properties = {
    getProperty: (key) => store.getProperty(key),
    getProperties: () => store.getProperties(),
    getKeys: () => store.getKeys(),
    setProperty(key, value) {
      store.setProperty(key, value);
      if (snapshot) snapshot[key] = value;
      return tracked;
    },
    deleteProperty(key) {
      store.deleteProperty(key);
      if (snapshot) delete snapshot[key];
      return tracked;
    },
    setProperties(properties: Record<string, string>, deleteAllOthers?: boolean) {
      if (deleteAllOthers === undefined) store.setProperties(properties);
      else store.setProperties(properties, deleteAllOthers);
      snapshot = null;
      return tracked;
    },
    deleteAllProperties() {
      store.deleteAllProperties();
      snapshot = null;
      return tracked;
    },
  } as Properties;
  documentStore = tracked;
  return tracked;
}

/**
 * A property only set-up and the sweep write (form IDs, links, reconciliation marks), from one
 * Properties.getProperties() call per execution instead of one getProperty each. Not for keys
 * other executions write while this one runs (queued submissions, pending triggers).
 */
export function documentValue(key: string): string | null {
  snapshot ??= { ...documentProperties().getProperties() };
  return snapshot[key] ?? null;
}
