import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints a snippet as if it were the given file, returning the import-restriction messages. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule (DESIGN.md), enforced by eslint', () => {
  it('keeps electron out of core, seats, shared and the CLI', async () => {
    for (const file of ['electron/core/x.ts', 'electron/seats/x.ts', 'shared/x.ts', 'electron/cli/x.ts']) {
      expect(await restricted(file, "import { app } from 'electron';\nexport const a = app;\n"), file).not.toEqual([]);
    }
  });

  it('lets core import shared only', async () => {
    expect(await restricted('electron/core/x.ts', "import { s } from '../seats/server.js';\nexport const a = s;\n")).not.toEqual([]);
    expect(await restricted('electron/core/x.ts', "import { m } from '../main/main.js';\nexport const a = m;\n")).not.toEqual([]);
    expect(await restricted('electron/core/x.ts', "import { METHODS } from '../../shared/api/contract.js';\nexport const a = METHODS;\n")).toEqual([]);
  });

  it('lets the renderer import shared only, and shared import nothing of ours', async () => {
    expect(await restricted('renderer/src/x.ts', "import { createCore } from '../../electron/core/index.js';\nexport const a = createCore;\n")).not.toEqual([]);
    expect(await restricted('renderer/src/x.ts', "import { METHODS } from '../../shared/api/contract.js';\nexport const a = METHODS;\n")).toEqual([]);
    expect(await restricted('shared/api/x.ts', "import { createCore } from '../../electron/core/index.js';\nexport const a = createCore;\n")).not.toEqual([]);
  });

  it('lets seats import core, and main import everything but the renderer', async () => {
    expect(await restricted('electron/seats/x.ts', "import { createCore } from '../core/index.js';\nexport const a = createCore;\n")).toEqual([]);
    expect(await restricted('electron/seats/x.ts', "import { m } from '../main/main.js';\nexport const a = m;\n")).not.toEqual([]);
    expect(await restricted('electron/main/x.ts', "import { app } from 'electron';\nimport { createCore } from '../core/index.js';\nexport const a = [app, createCore];\n")).toEqual([]);
    expect(await restricted('electron/main/x.ts', "import { App } from '../../renderer/src/App.js';\nexport const a = App;\n")).not.toEqual([]);
  });
});
