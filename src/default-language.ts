/**
 * The language a dataset's texts fall back to when it does not say (`defaultLanguage`), and when
 * a document is read before its own setting is known: French, the language of the sources of the
 * default dataset. One constant, so the schema's default, the validator and `resolveText` agree.
 */
export const DEFAULT_LANGUAGE = 'fr';
