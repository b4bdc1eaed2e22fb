// Entry of the coordinator's recovery tool (main/recovery-tool.ts), bundled for plain Node by
// `npm run recovery` into out/tools/recovery.js.
import { readFile, writeFile } from 'node:fs/promises';
import { runRecoveryTool } from '../main/recovery-tool';

const code = await runRecoveryTool(process.argv.slice(2), {
  env: process.env,
  readFile: (filePath) => readFile(filePath),
  writeNewFile: (filePath, data, mode) => writeFile(filePath, data, { flag: 'wx', mode }),
  log: (line) => console.log(line),
});
process.exitCode = code;
