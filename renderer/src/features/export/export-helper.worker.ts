/**
 * The export's helper Worker: compresses each ZIP entry and hashes the data checksum on the second
 * core while the export Worker turns rows into XML. It dies with the export Worker that made it.
 */
import '../../zod-config';
import { helperHandler } from './export-helper-core';
import type { FromHelper, ToHelper } from './helper-protocol';

interface HelperScope {
  postMessage(message: FromHelper, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToHelper>) => void) | null;
}

const scope = self as unknown as HelperScope;
const handle = helperHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
