/** The public shapes of a normalised message: its features, obfuscation counts and offset map. */

export interface UrlFeature {
  /** As written in the message, after Unicode folding (possibly defanged); see `originalSpan`. */
  readonly raw: string;
  /** Lower-case host, refanged. */
  readonly host: string;
  /** Lower-case last label of the host ("" for a raw IP). */
  readonly tld: string;
  readonly defanged: boolean;
  /** The refanged URL as the rules see it in `text`. */
  readonly url: string;
  /** `http`, `https`, or "" when written without a scheme. */
  readonly scheme: string;
  /** Path, query and fragment ("" when none). */
  readonly path: string;
  /** The host is a dotted IPv4 address. */
  readonly ip: boolean;
  /** The host is a known link shortener (bit.ly, tinyurl.com, t.co, ...). */
  readonly shortener: boolean;
  /** Where it is in `text` (end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface MoneyFeature {
  readonly raw: string;
  /** ISO 4217 code: GBP, USD, EUR, INR, JPY. */
  readonly currency: string;
  /** In major units: "50p" is 0.5 GBP, "£5k" is 5000. */
  readonly amount: number;
  /** A rate: `msg`, `min`, `week`, `day`, `month`, `year`, `call`, `tone`, or "" for none. */
  readonly per: string;
  readonly start: number;
  readonly end: number;
}

export interface Features {
  readonly urls: readonly UrlFeature[];
  /** Digits only, with a leading `+` when written in international form (`+` or `00`). */
  readonly phones: readonly string[];
  readonly shortCodes: readonly string[];
  /** Lower case. */
  readonly emails: readonly string[];
  readonly money: readonly MoneyFeature[];
}

export interface Obfuscation {
  /** Invisible characters removed (zero-width, bidi controls, soft hyphens, lone surrogates...). */
  readonly invisible: number;
  /** Characters folded from a look-alike script or a fullwidth/mathematical/enclosed form. */
  readonly confusables: number;
  /** Words rebuilt from spaced-out letters ("F R E E"). */
  readonly spacedWords: number;
  readonly entities: number;
  /** Accented Latin letters folded to ASCII (not counted as obfuscation: é is ordinary writing). */
  readonly diacritics: number;
  /** C0/C1 control characters removed or read as Windows-1252 punctuation. */
  readonly controls: number;
  /** Defanged link parts refanged (`hxxp`, `[.]`, ` dot `, `[at]`). */
  readonly defanged: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Normalized {
  /** The message exactly as received. */
  readonly original: string;
  /** The canonical text that rules and the model see. */
  readonly text: string;
  readonly features: Features;
  readonly obfuscation: Obfuscation;
  /** The range of `original` that produced `text.slice(start, end)` (built on first use). */
  originalSpan(start: number, end: number): Span;
  /** Where in `original` the character at `index` of `text` came from. */
  originalIndex(index: number): number;
}
