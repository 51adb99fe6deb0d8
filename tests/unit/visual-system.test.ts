// The visual system (issue 16): the app's stylesheets take every colour, type
// size and corner radius from the variables in app/globals.css's :root, so the
// workbench, the desk and the public pages look like one product and a change
// of palette is made in one place.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const STYLESHEETS = ['app/globals.css', 'app/fact-checks/fact-checks.css'];
const read = (file: string) => readFileSync(path.join(__dirname, '..', '..', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The rules after the :root block (the whole file where there is none). */
function rules(file: string): string {
  const css = read(file);
  const root = css.indexOf(':root {');
  return root === -1 ? css : css.slice(css.indexOf('}', root) + 1);
}

/** Every `property: value` declaration of the rules, with the file it is in. */
function declarations(): { file: string; property: string; value: string }[] {
  return STYLESHEETS.flatMap((file) => [...rules(file).matchAll(/([a-z-]+)\s*:\s*([^;{}]+)[;}]/g)].map((m) => ({ file, property: m[1], value: m[2].trim() })));
}

describe('the visual system', () => {
  it('defines its colours, type scale, spacing and radii once, in :root', () => {
    const root = read('app/globals.css').match(/:root \{([\s\S]*?)\}/)![1];
    for (const name of ['--ink', '--muted', '--accent', '--danger', '--ok', '--text-sm', '--text-base', '--space-2', '--radius', '--font-text']) {
      expect(root).toContain(`${name}:`);
    }
  });

  it('uses no colour literal outside :root', () => {
    const literals = declarations().filter((d) => /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(d.value));
    expect(literals).toEqual([]);
  });

  it('sizes text only from the type scale (or relative to the text around it)', () => {
    const sizes = declarations().filter((d) => d.property === 'font-size' && !/^var\(--text-[a-z]+\)$|^(inherit|[\d.]+em|[\d.]+%)$/.test(d.value));
    expect(sizes).toEqual([]);
  });

  it('rounds corners only with the radius scale', () => {
    const radii = declarations().filter((d) => d.property === 'border-radius' && !/^var\(--radius(-[a-z]+)?\)$|^(0|50%)$/.test(d.value));
    expect(radii).toEqual([]);
  });

  it('names every variable it uses', () => {
    const root = read('app/globals.css').match(/:root \{([\s\S]*?)\}/)![1];
    const defined = new Set([...root.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
    // --claim-color is set per highlight (HighlightLegend, the editor's marks).
    defined.add('--claim-color');
    const used = new Set(STYLESHEETS.flatMap((file) => [...read(file).matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1])));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
