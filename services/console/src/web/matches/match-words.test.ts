import { describe, expect, it } from 'vitest';
import { personName, scoreWords } from './match-words.js';

describe('the queue’s words', () => {
  it('names a person by the parts recorded', () => {
    expect(personName({ forenames: 'Dwayne', surname: 'Hollis' })).toBe('Dwayne Hollis');
    expect(personName({ forenames: null, surname: 'Hollis' })).toBe('Hollis');
    expect(personName({ forenames: ' ', surname: null })).toBe('Name not recorded');
  });

  it('bands a score and gives it as a percentage', () => {
    expect(scoreWords(0.93)).toBe('very likely, 93%');
    expect(scoreWords(0.7)).toBe('likely, 70%');
    expect(scoreWords(0.4)).toBe('possible, 40%');
    expect(scoreWords(1.2)).toBe('very likely, 100%');
  });
});
