/**
 * What the classifier reads of one message before any rule runs: the clipped text normalised, its
 * lower-cased form, the sender, the link facts, and the rules' scan input (buffer and variables).
 * `Classifier.analyze` scans that input; `rules check` times each rule alone on it.
 */
import type { ClassifierMaps } from './assets.ts';
import { clipText } from './clip.ts';
import { countCodes } from './codes.ts';
import type { ScanVariables } from './engine.ts';
import { type LinkFacts, readLinks } from './links/facts.ts';
import { senderBuiltHosts } from './links/sender-host.ts';
import { type Normalized, normalize } from './normalize/index.ts';
import { scanInputOf } from './scan-input.ts';
import { classifySender, type SenderInfo } from './sender.ts';
import type { ClassifyInput } from './types.ts';
import { countVocabulary } from './vocabulary.ts';

export interface ReadMessage {
  readonly normalized: Normalized;
  /** `normalized.text` in lower case (what the rules scan). */
  readonly lower: string;
  readonly sender: SenderInfo;
  readonly links: LinkFacts;
  readonly scan: { readonly data: Buffer; readonly variables: ScanVariables };
}

export function readMessage(input: ClassifyInput, maps: ClassifierMaps): ReadMessage {
  const normalized = normalize(clipText(input.text), maps.links);
  const lower = normalized.text.toLowerCase();
  const sender = classifySender(input.sender);
  const links = readLinks(normalized.features.urls, lower, maps.links);
  const scan = scanInputOf(
    normalized,
    sender,
    links,
    lower,
    countCodes(lower, maps.codes),
    countVocabulary(lower, maps.vocabulary),
    senderBuiltHosts(normalized.features.urls, sender, maps.links),
  );
  return { normalized, lower, sender, links, scan };
}
