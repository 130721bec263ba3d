import { describe, expect, it } from 'vitest';
import { footState, withPage } from './pages.js';

describe('withPage', () => {
  it('adds the page after a cursor', () => {
    expect(withPage([null], 'a')).toEqual([null, 'a']);
    expect(withPage([null, 'a'], 'b')).toEqual([null, 'a', 'b']);
  });
  it('adds a cursor already shown only once, giving back the same pages', () => {
    const pages = [null, 'a'];
    expect(withPage(pages, 'a')).toBe(pages);
    expect(pages).toEqual([null, 'a']);
  });
  it('leaves the pages it is given alone', () => {
    const pages: (string | null)[] = [null];
    expect(withPage(pages, 'a')).not.toBe(pages);
    expect(pages).toEqual([null]);
  });
});

describe('footState', () => {
  const more = { hasNextPage: true, endCursor: 'c1' };
  const end = { hasNextPage: false, endCursor: 'c1' };

  it('is loading while the page is read and nothing has come', () => {
    expect(footState({ first: true, loaded: false, count: 0, fetching: true, pageInfo: undefined })).toEqual({ loading: true, empty: false, cursor: null });
  });
  it('is not loading once the page has come, even while it is read again', () => {
    expect(footState({ first: true, loaded: true, count: 3, fetching: true, pageInfo: end }).loading).toBe(false);
  });
  it('is not loading when nothing is being read', () => {
    expect(footState({ first: true, loaded: false, count: 0, fetching: false, pageInfo: undefined }).loading).toBe(false);
  });
  it('is empty when the first page came back with nothing', () => {
    expect(footState({ first: true, loaded: true, count: 0, fetching: false, pageInfo: end })).toEqual({ loading: false, empty: true, cursor: null });
  });
  it('is not empty before the first page has come', () => {
    expect(footState({ first: true, loaded: false, count: 0, fetching: false, pageInfo: undefined }).empty).toBe(false);
  });
  it('is not empty when a later page comes back with nothing', () => {
    expect(footState({ first: false, loaded: true, count: 0, fetching: false, pageInfo: end }).empty).toBe(false);
  });
  it('offers the next page where one follows', () => {
    expect(footState({ first: true, loaded: true, count: 25, fetching: false, pageInfo: more }).cursor).toBe('c1');
  });
  it('offers no next page at the end, nor without a cursor, nor before the page has come', () => {
    expect(footState({ first: true, loaded: true, count: 25, fetching: false, pageInfo: end }).cursor).toBeNull();
    expect(footState({ first: true, loaded: true, count: 25, fetching: false, pageInfo: { hasNextPage: true, endCursor: null } }).cursor).toBeNull();
    expect(footState({ first: true, loaded: false, count: 0, fetching: true, pageInfo: undefined }).cursor).toBeNull();
  });
});
