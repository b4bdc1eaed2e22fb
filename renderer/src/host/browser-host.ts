import { FILE_EXTENSIONS, FILE_SIZE_LIMIT_BYTES } from '../../../preload/contract';
import { err, ok, type Result } from '../core/result';
import { APP_VERSION } from './app-version';
import type { Host, OpenedFile } from './host';

// Long enough for the browser to start reading the blob before its URL is revoked.
const REVOKE_DELAY_MS = 10_000;

/**
 * The plain-browser host (`npm run web`): files are saved as downloads and opened with a file
 * input; the data lives in this browser's storage for the page's origin.
 */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    async saveFile(suggestedName, _kind, data) {
      try {
        // A SharedArrayBuffer-backed view cannot go into a Blob: copy it then.
        const bytes = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice();
        const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.hidden = true;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
        // A browser does not say whether the download was kept or renamed: report the suggestion.
        return ok({ saved: true, fileName: suggestedName });
      } catch (error) {
        return err(`Could not save "${suggestedName}": ${messageOf(error)}`);
      }
    },
    openFile(kind, maxBytes) {
      const limit = Math.min(maxBytes, FILE_SIZE_LIMIT_BYTES);
      return new Promise<Result<OpenedFile | null>>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = FILE_EXTENSIONS[kind].map((extension) => `.${extension}`).join(',');
        input.hidden = true;
        const finish = (result: Result<OpenedFile | null>) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => finish(ok(null)), { once: true });
        input.addEventListener(
          'change',
          () => {
            const file = input.files?.[0];
            if (!file) return finish(ok(null));
            void readWithinLimit(file, limit).then(finish);
          },
          { once: true },
        );
        document.body.append(input);
        input.click();
      });
    },
    async appInfo() {
      return { version: APP_VERSION, dataLocation: `this browser's storage for ${location.origin}`, kind: 'browser' };
    },
    setTitle(title) {
      document.title = title;
    },
    onMenuCommand: () => () => undefined,
  };
}

async function readWithinLimit(file: File, limit: number): Promise<Result<OpenedFile>> {
  if (file.size > limit) {
    return err(`"${file.name}" is too large to open (${formatSize(file.size)}; the limit is ${formatSize(limit)}).`);
  }
  try {
    return ok({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
  } catch (error) {
    return err(`Could not read "${file.name}": ${messageOf(error)}`);
  }
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
