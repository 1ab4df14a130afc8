// The value of a settings file's text (mayor-office.yaml, read by the cli at every start):
// by the line reader when the text is of its shape, as the marker init writes is, else by
// js-yaml (the YAML 1.2 core schema), loaded only then. The line reader takes only what it reads
// exactly as js-yaml does (load/flowLines.ts), so the value, and any error js-yaml throws, are
// what js-yaml alone gave.
import { readFlowLines } from '../load/flowLines.js';
import { jsYamlLib } from '../load/jsYamlLib.js';

/** The text's value; throws js-yaml's error (with its `mark` and `reason`) on YAML it refuses. */
export function settingsValue(text: string): unknown {
  const quick = readFlowLines(text);
  if (quick !== undefined) return quick;
  const jsYaml = jsYamlLib();
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}
