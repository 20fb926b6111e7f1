import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { truecaseForModel } from '../../../electron/services/redaction/ner/truecase';

describe('truecaseForModel', () => {
  it('capitalises given names and surnames in lower-case lines, keeping the length', () => {
    const text = 'i have lost my card. my name is lena andersson and i live here';
    const out = truecaseForModel(text);
    assert.equal(out.length, text.length);
    assert.match(out, /Lena Andersson and i live here$/);
    assert.match(out, /^i have lost my card/);
  });

  it('takes no word after a comma, nor a word of an introduction, for a surname', () => {
    assert.equal(truecaseForModel('soy maría, mi correo es mj@example.es'), 'soy María, mi correo es mj@example.es');
    assert.equal(truecaseForModel('hola, soy maría josé y vivo en madrid'), 'hola, soy María José y vivo en madrid');
  });

  it('leaves normally cased text alone', () => {
    const text = 'Lena Andersson wrote to Acme Corp about invoice 42.';
    assert.equal(truecaseForModel(text), text);
  });

  it('handles shouted lines', () => {
    const out = truecaseForModel('PLEASE CALL MARY ABOUT THE INVOICE');
    assert.match(out, /Mary/);
    assert.match(out, /invoice/i);
  });

  it('decides per line', () => {
    const out = truecaseForModel('Dear Team,\nthanks from lena andersson');
    assert.equal(out.split('\n')[0], 'Dear Team,');
    assert.match(out.split('\n')[1]!, /Lena Andersson/);
  });

  it('never changes the length, even for characters whose case mapping is longer', () => {
    const text = 'straße maria ǆemal ﬁnn İstanbul';
    assert.equal(truecaseForModel(text).length, text.length);
  });
});
