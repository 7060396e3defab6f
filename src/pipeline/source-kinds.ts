// The kinds of source, for the CLI's --kind and sources.yaml checks, without loading the ingest stage's parsers.
export { SOURCE_KINDS, type SourceKind } from '../ingest/source.ts';
