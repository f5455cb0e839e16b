// Loaded before every test file. A failed assertion about a DOM node must report quickly: the test
// runner serialises `actual` and `expected` deeply, and a Lit element's object graph takes minutes.
import { chai } from '@open-wc/testing';

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    for (const key of ['actual', 'expected'] as const) {
      const value = failure[key];
      if (value instanceof Node) failure[key] = value instanceof Element ? value.outerHTML.slice(0, 2000) : value.nodeName;
    }
    throw error;
  }
};
