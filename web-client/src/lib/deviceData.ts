// What the web client keeps in IndexedDB, named once: the gate's saved lists and its queue of check-ins.

/** The gate view's database: `lists` (each event's list as last read), `queue` (check-ins not yet sent), `refused`. */
export const GATE_DB = "antq-gate";

/**
 * The saved lists (names and check-in codes) leave the device with the person who signs out. Check-ins not yet sent
 * stay: they are sent once someone allowed to check people in signs in again.
 */
export function forgetSavedLists(): void {
  const indexedDB = globalThis.indexedDB;
  if (!indexedDB) return;
  const request = indexedDB.open(GATE_DB);
  // The database did not exist: leave it that way instead of creating an empty one.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onerror = () => undefined;
  request.onsuccess = () => {
    const database = request.result;
    if (!database.objectStoreNames.contains("lists")) {
      database.close();
      return;
    }
    const clearing = database.transaction("lists", "readwrite");
    clearing.objectStore("lists").clear();
    clearing.oncomplete = () => database.close();
  };
}
