export function summarySchemaTemplate(): string {
  return `const count = { type: 'integer', minimum: 0 } as const;

/** What \`GET /summary\` answers: how many records the caller may see, in all and by status. */
export const summaryView = {
  type: 'object',
  additionalProperties: false,
  required: ['total', 'byStatus'],
  properties: {
    total: count,
    byStatus: {
      type: 'object',
      additionalProperties: false,
      required: ['draft', 'active', 'archived'],
      properties: { draft: count, active: count, archived: count },
    },
  },
} as const;
`;
}
