// The CDN build's minifier of css`…` templates (scripts/rollup-css-minify.mjs): only comments and
// whitespace go, never a space that means something (a descendant combinator, calc(), a space next
// to a `${…}`), never anything inside a string; and the bundle's templates come out minified.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { cssTemplates, minifyCss } from '../../scripts/rollup-css-minify.mjs';

test('drops comments and whitespace that mean nothing', () => {
  const css = `
    /* Colours (light, dark) */
    :host {
      --_cw-color-text: var(--cw-color-text, light-dark(#1f2328, #e6e9ed));
      margin: 0 ;
    }

    a > b ,
    c ~ d {
      color: red;
    }
    @media (min-width: 40em) and (max-width: 50em) {
      .x { display: none; }
    }
  `;
  assert.equal(
    minifyCss(css),
    ':host{--_cw-color-text:var(--cw-color-text,light-dark(#1f2328,#e6e9ed));margin:0}a>b,c ~ d{color:red}@media (min-width:40em) and (max-width:50em){.x{display:none}}',
  );
});

test('keeps the spaces that mean something', () => {
  assert.equal(minifyCss(':host([dir=rtl]) .chevron :is(a, b) { inset: calc(-1 * var(--s) - 2px + 1px) !important; }'), ':host([dir=rtl]) .chevron :is(a,b){inset:calc(-1 * var(--s) - 2px + 1px) !important}');
  assert.equal(minifyCss('.a:hover .b::after { content: none; }'), '.a:hover .b::after{content:none}');
});

test('copies strings and escapes as they are', () => {
  assert.equal(minifyCss(`.a::before { content: ' · ' / ''; } .b::after { content: "/* not a comment */"; }`), `.a::before{content:' · ' / ''}.b::after{content:"/* not a comment */"}`);
  // In a template's raw text, \\a0 is the CSS escape \a0 (a no-break space).
  assert.equal(minifyCss(String.raw`.c::after { content: '\\a0:' / ''; }`), String.raw`.c::after{content:'\\a0:' / ''}`);
  assert.equal(minifyCss(`.d { font-family: "a \\" b", c; }`), `.d{font-family:"a \\" b",c}`);
});

test('keeps a space next to an interpolation, where it may separate two selectors', () => {
  assert.equal(minifyCss('\n  .a ', { atEnd: false }), '.a ');
  assert.equal(minifyCss(' .b {\n  color: red;\n}\n', { atStart: false }), ' .b{color:red}');
  assert.equal(minifyCss('.a {\n', { atEnd: false }), '.a{');
});

test('the plugin minifies css`…` templates, and nothing else', async () => {
  const source = [
    "import { css } from 'lit';",
    'const gap = css`4px`;',
    'export const styles = css`',
    '  /* A comment */',
    '  .a {',
    '    margin: ${gap};',
    '  }',
    '`;',
    'export const text = `  kept   as it is  `;',
  ].join('\n');
  const bundle = await rollup({
    input: 'entry.js',
    external: ['lit'],
    plugins: [{ name: 'virtual', resolveId: (id) => (id === 'entry.js' ? id : null), load: (id) => (id === 'entry.js' ? source : null) }, cssTemplates()],
  });
  const { output } = await bundle.generate({ format: 'es', sourcemap: true });
  const { code, map } = output[0];
  // The last declaration needs no `;`, even after an interpolation.
  assert.match(code, /css`\.a\{margin:\$\{gap\}\}`/);
  assert.match(code, /css`4px`/);
  assert.match(code, /`  kept {3}as it is {2}`/);
  assert.ok(map.mappings.length > 0, 'a source map comes out');
});
