// The document's Properties store, looked up once per execution: each
// PropertiesService.getDocumentProperties() is a service call, and a sweep asked for it in seven
// places. Values are still read and written through it live (another execution may change them).
let documentStore: GoogleAppsScript.Properties.Properties | null = null;

/** PropertiesService.getDocumentProperties(), the first time only (globals last one execution). */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  documentStore ??= PropertiesService.getDocumentProperties();
  return documentStore;
}
