/**
 * The first checks on a file, before any of it is parsed: its size, the gzip magic, inflation under
 * a hard cap, and UTF-8. Uses only web-standard APIs (DecompressionStream, TextDecoder), present
 * in Chromium, Electron and Node 20.
 */
import { err, ok, type Result } from '../result';
import { formatBytes, packageError, type PackageError } from './package-error';
import type { PackageLimits } from './package-limits';

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];
/**
 * Compressed bytes fed to the inflater per step. Deflate inflates at most ≈ 1,032×, so one step
 * yields at most ≈ 17 MB: Chromium inflates a whole input chunk at once, and feeding a bomb in one
 * piece would inflate all of it before the cap could be checked.
 */
const INPUT_CHUNK = 16 * 1024;

function sizeAndMagic(bytes: Uint8Array, limits: PackageLimits): PackageError | undefined {
  if (bytes.length === 0) {
    return packageError('empty-file', {
      en: "The file is empty (0 bytes). It was probably not copied completely: copy the package again from the surveyor's computer.",
      da: 'Filen er tom (0 byte). Den er sandsynligvis ikke kopieret helt: kopiér pakken igen fra interviewerens computer.',
    });
  }
  if (bytes.length > limits.maxFileBytes) {
    const [size, max] = [formatBytes(bytes.length), formatBytes(limits.maxFileBytes)];
    return packageError('file-too-large', {
      en: `The file is ${size}, more than the ${max} a package may be. It is not a Barometer Entry package, or it is damaged.`,
      da: `Filen fylder ${size}, mere end de ${max}, en pakke må fylde. Det er ikke en Barometer Entry-pakke, eller den er beskadiget.`,
    });
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return packageError('zip-file', {
      en: 'This is a ZIP file (perhaps an Excel workbook with a new name), not a Barometer Entry package. Choose the .barometer file the surveyor sent.',
      da: 'Dette er en ZIP-fil (måske en omdøbt Excel-projektmappe), ikke en Barometer Entry-pakke. Vælg den .barometer-fil, intervieweren sendte.',
    });
  }
  const head = Math.min(bytes.length, GZIP_MAGIC.length);
  if (GZIP_MAGIC.slice(0, head).some((byte, index) => bytes[index] !== byte)) {
    return packageError('not-gzip', {
      en: 'This is not a Barometer Entry package: a package is a compressed file, and this one is not. Choose the .barometer file the surveyor sent.',
      da: 'Dette er ikke en Barometer Entry-pakke: en pakke er en komprimeret fil, og det er denne ikke. Vælg den .barometer-fil, intervieweren sendte.',
    });
  }
  return undefined;
}

const truncated = (): PackageError =>
  packageError('truncated', {
    en: 'The package is incomplete: the file ends too early. It was probably cut off while being copied or downloaded; copy it again.',
    da: 'Pakken er ufuldstændig: filen slutter for tidligt. Den er sandsynligvis blevet afbrudt under kopiering eller download; kopiér den igen.',
  });

const corrupt = (): PackageError =>
  packageError('corrupt', {
    en: 'The package is damaged: its compressed data cannot be read. Ask the surveyor to send it again.',
    da: 'Pakken er beskadiget: dens komprimerede data kan ikke læses. Bed intervieweren sende den igen.',
  });

/** Inflation's own error texts differ by platform: Chromium says "truncated", Node's zlib "unexpected end". */
const isTruncation = (error: unknown): boolean => /truncated|unexpected end/i.test(String(error));

/** How far reading has got: `done` of `total` compressed bytes inflated. */
export type InflateProgress = (done: number, total: number) => void;

function compressedChunks(bytes: Uint8Array, progress?: InflateProgress): ReadableStream<BufferSource> {
  let offset = 0;
  return new ReadableStream<BufferSource>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const end = Math.min(offset + INPUT_CHUNK, bytes.length);
      controller.enqueue(bytes.slice(offset, end));
      offset = end;
      progress?.(offset, bytes.length);
    },
  });
}

/** Inflates, stopping (and cancelling the inflater) as soon as the output passes the cap. */
async function inflate(
  bytes: Uint8Array,
  limits: PackageLimits,
  progress?: InflateProgress,
): Promise<Result<Uint8Array[], PackageError>> {
  const reader = compressedChunks(bytes, progress).pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxInflatedBytes) {
        await reader.cancel().catch(() => undefined);
        const max = formatBytes(limits.maxInflatedBytes);
        return err(
          packageError('inflated-too-large', {
            en: `The package would unpack to more than ${max}; it was refused before being unpacked. No real package is that large: the file is damaged or made to cause harm.`,
            da: `Pakken ville fylde mere end ${max} udpakket; den blev afvist, før den blev pakket ud. Ingen rigtig pakke er så stor: filen er beskadiget eller lavet for at gøre skade.`,
          }),
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    return err(isTruncation(error) ? truncated() : corrupt());
  }
  return ok(chunks);
}

function decodeUtf8(chunks: Uint8Array[]): Result<string, PackageError> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  try {
    for (let index = 0; index < chunks.length; index++) {
      parts.push(decoder.decode(chunks[index], { stream: true }));
      chunks[index] = new Uint8Array(0); // let the inflated bytes go as the text grows
    }
    parts.push(decoder.decode());
  } catch {
    return err(
      packageError('not-utf8', {
        en: "The package's content is not text (not valid UTF-8): it is damaged or not a Barometer Entry package.",
        da: 'Pakkens indhold er ikke tekst (ikke gyldig UTF-8): den er beskadiget eller ikke en Barometer Entry-pakke.',
      }),
    );
  }
  return ok(parts.join(''));
}

/**
 * Steps 1–4 of reading a package: size bounds of the file, gzip magic, inflation capped at
 * `limits.maxInflatedBytes` (checked as it streams, so a decompression bomb is refused without
 * being inflated), UTF-8. Returns the document's text.
 */
export async function inflatePackage(
  bytes: Uint8Array,
  limits: PackageLimits,
  progress?: InflateProgress,
): Promise<Result<string, PackageError>> {
  const refused = sizeAndMagic(bytes, limits);
  if (refused) return err(refused);
  const inflated = await inflate(bytes, limits, progress);
  if (!inflated.ok) return inflated;
  if (inflated.value.every((chunk) => chunk.byteLength === 0)) {
    return err(
      packageError('empty-content', {
        en: 'The package is empty inside: it unpacks to nothing. Ask the surveyor to send it again.',
        da: 'Pakken er tom indeni: der er intet at pakke ud. Bed intervieweren sende den igen.',
      }),
    );
  }
  return decodeUtf8(inflated.value);
}
