/** The documents area's call names: printed documents, previewed and saved. No imports: the preload reads this. */
export const documentsCalls = ['documents.preferences', 'documents.preview', 'documents.save'] as const;
