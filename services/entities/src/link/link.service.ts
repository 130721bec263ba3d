import {
  assertCan,
  childPageLoader,
  CrosslinkError,
  decodeCursor,
  pageSize,
  toConnection,
  validationError,
  worksFor,
  type ChildPageKey,
  type Connection,
  type RequestScope,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { PersonService } from '../person/person.service.js';
import type { PersonLink } from './link.model.js';
import type { LinkRepository } from './link.repository.js';
import { validateLink, type LinkPeopleInput } from './link.validation.js';

/** Person-to-person links for one request's principal. */
export class LinkService {
  /** Pages of people's links, batched into one query per tick (each person after the decoded sort key). */
  private readonly pages: DataLoader<ChildPageKey, readonly PersonLink[], string>;

  constructor(
    private readonly repository: LinkRepository,
    private readonly scope: RequestScope,
    private readonly people: PersonService,
  ) {
    this.pages = childPageLoader((personIds, after, limit) =>
      this.repository.pages(
        personIds.map((personId) => ({ key: personId, personId, limit, after })),
        scope.access,
        scope.meta,
      ),
    );
  }

  async linksOf(personId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<PersonLink>> {
    assertCan(this.scope.principal, 'person:read');
    const size = pageSize(args.first);
    const after = args.after ? String(decodeCursor(args.after, 1)[0]) : null;
    const rows = await this.pages.load({ parentId: personId, after, limit: size + 1 });
    return toConnection(rows, size, (link) => [link.sortKey]);
  }

  /** Links two people of a case, as its owning force (or a hub supervisor) asserts. */
  async link(input: LinkPeopleInput): Promise<PersonLink> {
    assertCan(this.scope.principal, 'person:record');
    const link = validateLink(input, 'input');
    const made = await this.repository.link({ ...link, recordedBy: this.scope.principal.username }, this.scope.access, this.scope.meta);
    if (made !== null) return made;
    // Why nothing was written: the case first, then each person, in the order the input names them.
    const inCase = await this.people.involvementsOfCase(input.caseId);
    if (inCase === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(this.scope.principal, this.scope.hubForce, inCase.force)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force, or a hub supervisor, records in a case', { field: 'input.caseId' });
    }
    for (const [field, personId] of [
      ['input.fromId', input.fromId],
      ['input.toId', input.toId],
    ] as const) {
      if (inCase.people.some((i) => i.person.id === personId)) continue;
      if ((await this.people.byIdOrNull(personId)) === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field });
      throw validationError(field, 'A link is asserted in a case that records both people: this person is not recorded in that case');
    }
    throw new Error('link refused for no reason found');
  }
}
