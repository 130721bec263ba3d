import { describe, expect, it } from 'vitest';
import { purposeHeaderValue, readPurpose } from './purpose.js';

/** What Node hands a server for a header whose bytes are `text` in UTF-8. */
const onTheWire = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('readPurpose', () => {
  it('keeps a stated purpose, trimmed', () => {
    expect(readPurpose('  Safeguarding check on a child  ')).toEqual({ purpose: 'Safeguarding check on a child' });
    expect(readPurpose(['Deconfliction', 'ignored'])).toEqual({ purpose: 'Deconfliction' });
  });

  it('decodes the header as UTF-8, not Latin-1', () => {
    expect(readPurpose(onTheWire('Enquête sur Zoë Łukasz'))).toEqual({ purpose: 'Enquête sur Zoë Łukasz' });
    expect(readPurpose(purposeHeaderValue('Ärzte – 日本語'))).toEqual({ purpose: 'Ärzte – 日本語' });
  });

  it('takes no header, or a blank one, as no purpose', () => {
    expect(readPurpose(undefined)).toEqual({ purpose: null });
    expect(readPurpose('   ')).toEqual({ purpose: null });
  });

  it.each([
    ['too short', 'x', /too short/],
    ['too short at two characters', 'ok', /too short/],
    ['too long', 'x'.repeat(501), /too long/],
    ['not UTF-8 (a Latin-1 é byte)', 'Enqu\u00eate', /not UTF-8/],
    ['holding a C1 control', onTheWire('Review \u0085 now'), /control/],
    ['holding a line break', 'line\nbreak', /control/],
    ['holding a bidirectional override', onTheWire('Review \u202Eweiver'), /bidirectional/],
  ])('refuses a purpose %s, saying why', (_name, header, why) => {
    const reading = readPurpose(header);
    expect(reading).toEqual({ problem: expect.stringMatching(why) });
  });

  it('counts characters, not bytes: 500 two-byte characters are allowed', () => {
    expect(readPurpose(onTheWire('é'.repeat(500)))).toEqual({ purpose: 'é'.repeat(500) });
  });
});
