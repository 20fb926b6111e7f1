import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lowerWordPieces, withStreetName } from '../../../electron/services/redaction/ner/edge-words';
import type { Candidate } from '../../../electron/services/redaction/types';
import { spanOf } from './spans';

/** The model's span over `value` in `text`, cut by lowerWordPieces, as texts. */
function cut(text: string, value: string, type: Candidate['type'] = 'ORG'): string[] {
  const pieces = lowerWordPieces(text, spanOf(text, value, type));
  for (const p of pieces) assert.equal(p.type, type);
  return pieces.map((c) => text.slice(c.start, c.end));
}

describe("lower-case words in a model's span", () => {
  it('are cut: a preposition before a name, articles and prepositions after one, signs beside them', () => {
    assert.deepEqual(cut('Il mio collega lavora presso Enel a Roma.', 'presso Enel'), ['Enel']);
    assert.deepEqual(cut('trouver le Compte Rendu de la Réunion', 'Compte Rendu de la', 'PERSON'), ['Compte Rendu']);
    assert.deepEqual(cut('uw bericht over de Factuur van januari', 'Factuur van', 'PERSON'), ['Factuur']);
    assert.deepEqual(cut('PSG tell Inter & amp ; Juve', 'Inter & amp'), ['Inter']);
    assert.deepEqual(cut('the pathless woods # Kalupey', 'woods # Kalupey', 'LOCATION'), ['Kalupey']);
  });

  it('drop a span of particles alone', () => {
    assert.deepEqual(cut('Maika van de Noort Employment manager', 'van de'), []);
    // Nor a particle and words in lower case, in a sentence written with capitals.
    assert.deepEqual(cut('Mon numéro de sécurité sociale est 1 85 05 78 006 084 36.', 'de sécurité'), []);
    assert.deepEqual(cut('i met van gogh and de niro today', 'van gogh', 'PERSON'), ['van gogh']);
    // A given name that is also a particle is not.
    assert.deepEqual(cut('Ben said hi', 'Ben', 'PERSON'), ['Ben']);
    assert.deepEqual(cut('ben said hi', 'ben', 'PERSON'), ['ben']);
  });

  it("are cut: a sentence's preposition opening the span, not a surname's particle", () => {
    assert.deepEqual(cut('mieszkam w Krakowie od roku', 'w Krakowie', 'LOCATION'), ['Krakowie']);
    assert.deepEqual(cut('Ora abito in Toscana da anni', 'in Toscana', 'LOCATION'), ['Toscana']);
    assert.deepEqual(cut('a painting by van Gogh', 'van Gogh', 'PERSON'), ['van Gogh']);
  });

  it("are cut from an address's edges: the preposition before it, a label after its last comma", () => {
    const dutch = 'Ik woon op Prinsengracht 263, Amsterdam.';
    assert.deepEqual(cut(dutch, 'op Prinsengracht 263, Amsterdam', 'LOCATION'), ['Prinsengracht 263, Amsterdam']);
    const italian = 'abito in Corso Vittorio Emanuele II 45, Napoli, cell. 347 123 4567';
    assert.deepEqual(cut(italian, 'Corso Vittorio Emanuele II 45, Napoli, cell', 'LOCATION'), [
      'Corso Vittorio Emanuele II 45, Napoli',
    ]);
  });

  it('are cut when the capitalised word before the span only opens the sentence, with the connector after it', () => {
    // "Shares" is a common word opening the sentence, no name going on into "of Siemens Energy".
    assert.deepEqual(cut('Shares of Siemens Energy fell 4% in Frankfurt.', 'of Siemens Energy'), ['Siemens Energy']);
    assert.deepEqual(cut('Members of Parliament met on Monday', 'of Parliament'), ['Parliament']);
    // A name before the connector still goes on into the span.
    assert.deepEqual(cut('The Clark, Romero and Hall Orchestra', 'and Hall'), ['and Hall']);
    assert.deepEqual(cut('Banco Santander and Caixa', 'and Caixa'), ['and Caixa']);
  });

  it('split a span at a word no name holds into the names on either side', () => {
    const text = 'Il mio collega Marco Esposito lavora presso Enel a Roma.';
    assert.deepEqual(cut(text, 'Marco Esposito lavora presso Enel', 'PERSON'), ['Marco Esposito', 'Enel']);
  });

  it('stay: particles and connectors of names, text in lower case, addresses with numbers', () => {
    const keep: [string, string][] = [
      ['a painting by van Gogh in the museum', 'van Gogh'],
      ['Penélope de la Cruz was there', 'de la Cruz'],
      ['We flew to Rio de Janeiro in May', 'Rio de Janeiro'],
      ['She banks with Bank of America now', 'Bank of America'],
      ['From Frankfurt am Main to Halle an der Saale', 'Frankfurt am Main'],
      ['From Frankfurt am Main to Halle an der Saale', 'Halle an der Saale'],
      ['Shares of Procter & Gamble rose', 'Procter & Gamble'],
      // A connector opening the span: the name began before it.
      ['The Clark, Romero and Hall Orchestra', 'and Hall'],
      ['4596 Tylova, Ostrov nad Ohrí, Czech Republic', 'Ostrov nad Ohrí'],
      ['i met homer simpson today', 'homer simpson'],
      ['The bus drops you off at 31 Rue tachkent St.', '31 Rue tachkent'],
    ];
    for (const [text, value] of keep) assert.deepEqual(cut(text, value, 'LOCATION'), [value], text);
  });
});

describe("a street's type alone as the model's place", () => {
  const widened = (text: string, value: string) => {
    const c = withStreetName(text, spanOf(text, value, 'LOCATION'));
    return text.slice(c.start, c.end);
  };
  it("takes the street's number or name before it", () => {
    assert.equal(widened('just finished my shift at starbucks on 5th ave, so tired', 'ave'), '5th ave');
    assert.equal(widened('meet me on main st tonight', 'st'), 'main st');
  });
  it('takes no preposition, and leaves other places as they are', () => {
    assert.equal(widened('the shop on ave', 'ave'), 'ave');
    assert.equal(widened('flights to Paris', 'Paris'), 'Paris');
  });
});
