/** What the app's store holds for a response, read straight from IndexedDB in the page (no UI in between). */
import type { Page } from 'playwright-core';

export function storedAnswers(page: Page, key: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (wanted) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('barometer-entry');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('responses', 'readonly').objectStore('responses').getAll();
          req.onsuccess = () => {
            db.close();
            const found = (req.result as { key: string; answers: Record<string, unknown> }[]).find((r) => r.key === wanted);
            resolve(found ? found.answers : null);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    key,
  );
}
