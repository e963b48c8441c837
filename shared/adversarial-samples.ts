/**
 * What the rules scan for each adversarial text (shared/classifier/adversarial-texts.ts) at the
 * server's largest body: the text clipped, normalised and read exactly as `Classifier.analyze`
 * does (readMessage), so a rule is timed on the bytes and scan variables it would really get.
 */
import { GENERATORS, generate, MAX_BODY_BYTES } from './classifier/adversarial-texts.ts';
import type { ClassifierMaps } from './classifier/assets.ts';
import type { ScanVariables } from './classifier/engine.ts';
import { readMessage } from './classifier/read-message.ts';

export interface ScanSample {
  /** The generator's name ("keywords \"txt \""). */
  readonly name: string;
  readonly data: Uint8Array;
  readonly variables: ScanVariables;
}

/** A short-code sender: the kind most premium-rate rules read. */
const SENDER = '87121';

export function adversarialSamples(maps: ClassifierMaps, bodyBytes = MAX_BODY_BYTES): ScanSample[] {
  return GENERATORS.map((g) => {
    const { scan } = readMessage({ text: generate(g, bodyBytes), sender: SENDER }, maps);
    return { name: g.name, data: scan.data, variables: scan.variables };
  });
}
