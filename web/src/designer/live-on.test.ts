import { describe, expect, it } from 'vitest';
import { liveOnText, publishedText } from './live-on.js';

const main = { id: 'n1', number: '+14155550100', name: 'Main line' };
const sales = { id: 'n2', number: '+14155550200', name: 'Sales' };

describe('what a published revision answers', () => {
  it('names the number it is live on, or says it is on none', () => {
    expect(liveOnText(2, [main])).toBe('Revision 2 live on Main line');
    expect(liveOnText(2, [main, sales])).toBe('Revision 2 live on 2 numbers');
    expect(liveOnText(1, [])).toBe('Revision 1 published, on no number');
  });

  it('after a publish, says which calls run it, never "new calls run it now" for a flow no number uses', () => {
    expect(publishedText(3, [main, sales])).toBe(
      'Revision 3 published: new calls to Main line (+14155550100), Sales (+14155550200) run it now.',
    );
    expect(publishedText(1, [])).toMatch(/^Revision 1 published\. No number runs this flow yet/);
    expect(publishedText(1, [])).not.toMatch(/run it now/);
  });
});
