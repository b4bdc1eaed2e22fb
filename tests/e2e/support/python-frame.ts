/**
 * A sample frame as a statistics office's script would write it: python3, csv.writer, default
 * dialect (comma-separated, English headers, quoted names). Twelve workplaces, four in each of three
 * strata. Null when python3 is missing (the tests that need it skip, saying so).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PYTHON_FRAME = `
import csv, sys
rows = [
    ("workplace_id", "name", "address", "postcode", "city", "contact", "phone", "sector_level", "policy_area", "n_employees"),
]
levels = [("municipality", "education"), ("region", "health"), ("state", "administration")]
for i in range(12):
    level, area = levels[i % 3]
    rows.append((str(29180000 + i), f"Arbejdsplads {i + 1}, {area}", f"Vej {i + 1}", "8000", "Aarhus", "Leder", "+45 70 00 00 %02d" % i, level, area, str(12 + i)))
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)
`;

export function pythonFrame(): Buffer | null {
  const file = join(mkdtempSync(join(tmpdir(), 'frame-')), 'sample.csv');
  try {
    execFileSync('python3', ['-c', PYTHON_FRAME, file], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return readFileSync(file);
}
