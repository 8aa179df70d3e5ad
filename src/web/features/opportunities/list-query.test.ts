import { describe, expect, it } from 'vitest';
import { apiQuery, changeListState, effectiveSort, listStateToParams, parseListState } from './list-query';

const parse = (query: string) => parseListState(new URLSearchParams(query));

describe('opportunity list URL state', () => {
  it('reads filters, search, sort and page from the query string', () => {
    expect(parse('q=废水&regionId=hebei,chengdu&theme=water,air&language=zh&status=open&sort=updatedAt&order=desc&page=3')).toEqual({
      q: '废水',
      regionId: ['hebei', 'chengdu'],
      theme: ['water', 'air'],
      language: 'zh',
      missingLanguage: undefined,
      status: ['open'],
      sort: 'updatedAt',
      order: 'desc',
      page: 3,
    });
  });

  it('drops values the API would reject', () => {
    const state = parse('theme=water,lava&language=fr&status=maybe&sort=colour&page=-2');
    expect(state.theme).toEqual(['water']);
    expect(state.language).toBeUndefined();
    expect(state.status).toEqual([]);
    expect(state.sort).toBeUndefined();
    expect(state.page).toBe(1);
  });

  it('round-trips and leaves defaults out of the URL', () => {
    const query = 'q=wastewater&theme=water&page=2';
    expect(listStateToParams(parse(query)).toString()).toBe(query);
    expect(listStateToParams(parse('')).toString()).toBe('');
  });

  it('goes back to the first page when a filter changes', () => {
    expect(changeListState(parse('page=4'), { theme: ['air'] }).page).toBe(1);
    expect(changeListState(parse('page=4'), { page: 5 }).page).toBe(5);
  });

  it('sorts by relevance while searching unless a sort is chosen', () => {
    expect(effectiveSort(parse('q=water'))).toBe('relevance');
    expect(effectiveSort(parse(''))).toBe('title');
    expect(effectiveSort(parse('q=water&sort=region'))).toBe('region');
  });

  it('asks the API in the reader language', () => {
    expect(apiQuery(parse('theme=water'), 'zh')).toMatchObject({ theme: ['water'], lang: 'zh', sort: 'title', page: 1 });
  });
});
