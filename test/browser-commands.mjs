// Test-runner commands that ask the browser itself, from the server side, what the page cannot tell about
// itself: what its accessibility engine exposes, and the page seen in forced colours. Used through
// `executeServerCommand` (@web/test-runner-commands) by test/accessibility-tree.test.ts and
// test/forced-colors.test.ts; registered in web-test-runner.config.mjs.
//
// `accessibility-headings` → `{ engine, headings: [{ name, level? }], nodes?, ignoredHeadings?, landmarks? }`:
// the headings the engine's accessibility tree holds, for the page as it is at that moment.
// - Chromium: its own tree, through the DevTools protocol (`Accessibility.getFullAXTree`): every node the
//   engine built, headings with their computed name and level, and those it ignores (`notRendered`…).
// - Firefox: WebDriver BiDi's accessibility locator (`browsingContext.locateNodes` with a role), which
//   asks Firefox's accessibility service, from the document and from each shadow root.
// - WebKit: WebDriver's computed role and label of every heading element (`computedrole`,
//   `computedlabel`): the engine's accessibility object for each, not the DOM's tag.
//
// `forced-colors` with `{ active: boolean, scheme?: 'light' | 'dark' }`: Chromium's emulation of forced
// colours (Windows high contrast), the same that Playwright's `emulateMedia({ forcedColors: 'active' })`
// uses, with a light or dark palette. Other engines cannot emulate it: the command answers `false` there.
//
// `screenshot` with `{ x, y, width, height }` (CSS pixels of the document: the window's plus its scroll):
// that part of the page as the engine painted it, a PNG in base64 (Chromium and Firefox; WebKit: `null`).

/** Every heading element of the page, shadow roots included (for engines asked element by element). */
const HEADING_ELEMENTS = `
  const found = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (/^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading') found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);`;

async function chromiumHeadings(page) {
  const cdp = await page.createCDPSession();
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const property = (node, name) => node.properties?.find((entry) => entry.name === name)?.value?.value;
    const headings = nodes.filter((node) => node.role?.value === 'heading');
    return {
      engine: 'chromium',
      nodes: nodes.filter((node) => !node.ignored).length,
      headings: headings.filter((node) => !node.ignored).map((node) => ({ name: node.name?.value ?? '', level: property(node, 'level') })),
      ignoredHeadings: headings
        .filter((node) => node.ignored)
        .map((node) => ({ name: node.name?.value ?? '', reasons: (node.ignoredReasons ?? []).map((reason) => reason.name) })),
      landmarks: nodes.filter((node) => !node.ignored && ['banner', 'main', 'contentinfo', 'search', 'region', 'navigation'].includes(node.role?.value)).map((node) => node.role.value),
    };
  } finally {
    await cdp.detach();
  }
}

async function firefoxHeadings(page) {
  const frame = page.mainFrame();
  const roots = await page.evaluateHandle(`(() => {
    const roots = [document.documentElement];
    const walk = (root) => { for (const element of root.querySelectorAll('*')) if (element.shadowRoot) { roots.push(element.shadowRoot); walk(element.shadowRoot); } };
    walk(document);
    return roots;
  })()`);
  const headings = [];
  try {
    for (const root of (await roots.getProperties()).values()) {
      // Each call covers one tree (the document, or one shadow root): the locator does not cross into
      // shadow roots by itself.
      for (const node of await frame.locateNodes(root, { type: 'accessibility', value: { role: 'heading' } })) {
        headings.push(node);
      }
    }
    // The accessible name of each, as Firefox computes it: locate again by role and name.
    const names = await page.evaluate(`(() => { ${HEADING_ELEMENTS} return found.map((element) => element.textContent.replace(/\\s+/g, ' ').trim()); })()`);
    const named = [];
    for (const name of new Set(names)) {
      for (const root of (await roots.getProperties()).values()) {
        const found = await frame.locateNodes(root, { type: 'accessibility', value: { role: 'heading', name } });
        for (let index = 0; index < found.length; index += 1) named.push({ name });
      }
    }
    return { engine: 'firefox', headings: named, located: headings.length };
  } finally {
    await roots.dispose();
  }
}

async function webkitHeadings(driver) {
  const elements = await driver.execute(`${HEADING_ELEMENTS} return found;`);
  const headings = [];
  for (const element of elements) {
    // webdriverio hands elements over as its own objects (`elementId`), or as raw references.
    const id = element.elementId ?? element['element-6066-11e4-a52e-4f735466cecf'];
    const role = await driver.getElementComputedRole(id);
    if (role === 'heading') headings.push({ name: (await driver.getElementComputedLabel(id)).replace(/\s+/g, ' ').trim() });
  }
  return { engine: 'webkit', headings, elements: elements.length };
}

/** The DevTools sessions that hold a page's forced-colours emulation. */
const emulations = new WeakMap();

export function browserCommandsPlugin() {
  return {
    name: 'boite-a-idees-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (!['accessibility-headings', 'forced-colors', 'screenshot'].includes(command)) return undefined;
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        const cdp = page.browser().protocol === 'cdp';
        if (command === 'forced-colors') {
          if (!cdp) return false;
          // Puppeteer's emulateMediaFeatures refuses `forced-colors`: the protocol takes it. Emulation
          // lasts as long as the session that set it, so the session stays open until it is turned off.
          let emulation = emulations.get(page);
          if (!emulation) emulations.set(page, (emulation = await page.createCDPSession()));
          await emulation.send('Emulation.setEmulatedMedia', {
            features: [
              { name: 'forced-colors', value: payload?.active ? 'active' : '' },
              { name: 'prefers-color-scheme', value: payload?.active ? (payload.scheme ?? '') : '' },
            ],
          });
          if (!payload?.active) {
            emulations.delete(page);
            await emulation.detach();
          }
          return true;
        }
        if (command === 'screenshot') {
          const { x, y, width, height } = payload;
          if (!cdp) return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64' });
          // Straight from the protocol: Puppeteer's own clipping finds no viewport in the runner's pages.
          const client = await page.createCDPSession();
          try {
            const { data } = await client.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 } });
            return data;
          } finally {
            await client.detach();
          }
        }
        return cdp ? chromiumHeadings(page) : firefoxHeadings(page);
      }
      if (browser.type === 'webdriver') {
        if (command !== 'accessibility-headings') return command === 'forced-colors' ? false : null;
        return webkitHeadings(browser.driver);
      }
      throw new Error(`${command}: no way to ask a ${browser.type} browser`);
    },
  };
}
