import { expect } from '@open-wc/testing';
import { editQuery } from '../src/query-string.js';

describe('editQuery', () => {
  it("changes only the parameters asked for: the host page's own bytes stay as they were", () => {
    const page = '?page_id=12&preview&a[b]=1&x=%7e+y';
    expect(editQuery(page, { 'cw-sdg': '10.7' })).to.equal('?page_id=12&preview&a[b]=1&x=%7e+y&cw-sdg=10.7');
    expect(editQuery('?page_id=12&cw-sdg=10&preview&a[b]=1', { 'cw-sdg': '10.7' })).to.equal('?page_id=12&cw-sdg=10.7&preview&a[b]=1');
    expect(editQuery('?page_id=12&cw-sdg=10&preview&a[b]=1', { 'cw-sdg': undefined })).to.equal('?page_id=12&preview&a[b]=1');
    // What URLSearchParams does instead, for the record:
    expect(new URLSearchParams(page.slice(1)).toString()).to.equal('page_id=12&preview=&a%5Bb%5D=1&x=%7E+y');
  });

  it('returns the search itself when nothing changes', () => {
    expect(editQuery('?q=a%20b&z', { q: 'a b' })).to.equal('?q=a%20b&z');
    expect(editQuery('?z', { q: undefined })).to.equal('?z');
    expect(editQuery('', {})).to.equal('');
    expect(editQuery('?', { q: undefined })).to.equal('?');
  });

  it('adds, replaces in place, removes repeats, and empties the query when nothing is left', () => {
    expect(editQuery('', { 'cw-q': 'accueil ذ&=' })).to.equal('?cw-q=accueil+%D8%B0%26%3D');
    expect(editQuery('?cw-q=a&k=1&cw-q=b', { 'cw-q': 'c' })).to.equal('?cw-q=c&k=1');
    expect(editQuery('?cw-q=a', { 'cw-q': undefined })).to.equal('');
    expect(editQuery('cw-q=a&k', { 'cw-q': 'b' }), 'a search without its ?').to.equal('?cw-q=b&k');
  });

  it('compares names decoded, and survives malformed percent-encoding elsewhere', () => {
    expect(editQuery('?cw%2Dsdg=1&bad=%E0%A4%A', { 'cw-sdg': '2' })).to.equal('?cw-sdg=2&bad=%E0%A4%A');
    expect(editQuery('?a+b=1', { 'a b': undefined })).to.equal('');
    expect(editQuery('?a&&b', { c: '1' }), 'empty pieces are bytes too').to.equal('?a&&b&c=1');
  });

  it('reads back with URLSearchParams', () => {
    const search = editQuery('?x', { 'cw-q': 'deux  mots + accents é', 'cw-sdg': '16.b' });
    const params = new URLSearchParams(search);
    expect(params.get('cw-q')).to.equal('deux  mots + accents é');
    expect(params.get('cw-sdg')).to.equal('16.b');
    expect(params.has('x')).to.equal(true);
  });
});
