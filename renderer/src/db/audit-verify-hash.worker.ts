/**
 * The hashing Worker behind "Verify integrity": WebCrypto over each chunk of canonical texts the
 * reading Worker sends through the port it is given, so the reader's thread only reads, writes texts,
 * checks and replays.
 */
import { serveHashes } from './audit-verify-hash';

self.onmessage = (event: MessageEvent<{ port: MessagePort }>) => serveHashes(event.data.port);
