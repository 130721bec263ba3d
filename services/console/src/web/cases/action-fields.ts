/** What the actions views read of an action: the list query and every step mutation ask for the same, so the cache keeps one whole record. */
export const ActionFields = `
  id description priority dueDate overdue status result raisedAt raisedBy completedAt resultedAt filedAt
  case { id reference title force { code name } }
  operation { id name leadForce { code name } }
  owningForce { code name }
  comments { id text kind by at }
`;

interface ForceRef {
  code: string;
  name: string;
}

export interface ActionRow {
  id: string;
  description: string;
  priority: string;
  dueDate: string | null;
  overdue: boolean;
  status: string;
  result: string | null;
  raisedAt: string;
  raisedBy: string;
  completedAt: string | null;
  resultedAt: string | null;
  filedAt: string | null;
  case: { id: string; reference: string; title: string; force: ForceRef } | null;
  operation: { id: string; name: string; leadForce: ForceRef } | null;
  owningForce: ForceRef;
  comments: { id: string; text: string; kind: string; by: string; at: string }[];
}
