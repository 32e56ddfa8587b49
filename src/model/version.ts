/** The document format version this library reads. A newer document gets a clear error, not a guess. */
export const FORMAT_VERSION = 1;
