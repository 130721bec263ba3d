import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { argumentPaths, asArgumentPath } from './input-paths.js';
import { firstFault } from './string-inputs.js';
import { singleLine, textFault } from './text.js';

describe('textFault', () => {
  it('accepts well-formed text, line breaks and tabs in free text, and pairs of surrogates', () => {
    expect(textFault('Seen at the depot.\nReported by\tPC 123 😀')).toBeNull();
    expect(textFault('عملية שלום Zoë')).toBeNull();
  });

  it.each([
    ['a lone high surrogate', 'ab\uD800c', /lone UTF-16 surrogate/],
    ['a lone low surrogate', '\uDE00', /lone UTF-16 surrogate/],
    ['NUL', 'Smith\u0000', /control character/],
    ['an escape', '\u001b[31mred', /control character/],
    ['DEL', 'a\u007f', /control character/],
    ['a C1 control', 'a\u0085b', /control character/],
  ])('refuses %s in any text', (_name, value, reason) => {
    expect(textFault(value)).toMatch(reason);
  });

  it.each([
    ['a line break', 'John\nSmith'],
    ['a tab', 'John\tSmith'],
    ['a right-to-left override', 'evil\u202Egnp.exe'],
    ['a left-to-right isolate', 'a\u2066b'],
    ['a line separator', 'a\u2028b'],
  ])('refuses %s in a name', (_name, value) => {
    expect(textFault(value, 'line')).not.toBeNull();
    expect(() => singleLine(value, 'input.name')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'input.name' } }));
  });
});

describe('firstFault', () => {
  const document = parse('mutation ($input: NewCase!, $tag: String = "ok") { createCase(input: $input, note: "fine") { id } }');

  it('finds nothing in clean input', () => {
    expect(firstFault(document, { input: { title: 'Op Larkspur', caveats: ['A', 'B'] } })).toBeNull();
  });

  it('names the variable path of a malformed string', () => {
    expect(firstFault(document, { input: { title: 'ok', caveats: ['A', 'B\uD800'] } })).toEqual({
      field: 'input.caveats[1]',
      problem: expect.stringMatching(/surrogate/),
    });
    expect(firstFault(document, { input: { person: { name: 'a\u0000' } } })?.field).toBe('input.person.name');
  });

  it('leaves the representations the gateway sends a subgraph alone', () => {
    const entities = parse('query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }');
    expect(firstFault(entities, { representations: [{ __typename: 'Person', id: 'p1', surname: 'kept\u0000' }] })).toBeNull();
  });

  it('names the argument path of a malformed literal', () => {
    const literal = parse('mutation { createCase(input: {title: "ok", people: [{name: "x"}, {name: "a\\u0000"}]}) { id } }');
    expect(firstFault(literal, {})).toEqual({ field: 'input.people[1].name', problem: 'holds a control character' });
    expect(firstFault(parse('query { search(text: "\\u0085") { id } }'), {})?.field).toBe('text');
    expect(firstFault(parse('query ($t: String = "\\u0001") { search(text: $t) { id } }'), {})?.field).toBe('t');
  });
});

describe('argumentPaths', () => {
  it('names each variable by the argument it fills', () => {
    const document = parse('mutation ($i: In!, $f: String, $r: [Role!]) { recordSuspect(input: $i) { id } cases(filter: {force: $f, roles: [$r]}) { id } }');
    const paths = argumentPaths(document);
    expect(asArgumentPath('i.role', paths)).toBe('input.role');
    expect(asArgumentPath('i', paths)).toBe('input');
    expect(asArgumentPath('f', paths)).toBe('filter.force');
    expect(asArgumentPath('r[0]', paths)).toBe('filter.roles[0][0]');
    expect(asArgumentPath('unused.x', paths)).toBe('unused.x');
  });

  it('reads only the operation that runs', () => {
    const document = parse('query A($x: ID!) { case(id: $x) { id } } query B($x: String) { search(text: $x) { id } }');
    const b = document.definitions[1] as OperationDefinitionNode;
    expect(asArgumentPath('x', argumentPaths(document, b))).toBe('text');
  });
});
