// The html template: interpolated text is always escaped; only html results nest as markup.
import { escapeHtml, html, trusted } from '../../src/eval/html';

describe('html', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes interpolated text in content and attributes', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(html`<p title="${'" onclick="x'}">${text}</p>`.toString()).toBe('<p title="&quot; onclick=&quot;x">&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('nests html results and lists of them without escaping them again', () => {
    const items = ['a<b', 'c&d'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('leaves out null, undefined and booleans, and prints numbers', () => {
    expect(html`${null}${undefined}${false}${true}${3}`.toString()).toBe('3');
  });

  it('inserts trusted constants as they are', () => {
    expect(html`<style>${trusted('a > b { color: red }')}</style>`.toString()).toBe('<style>a > b { color: red }</style>');
  });
});
