// Chinese and Arabic names inside text written in another script.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SCRIPT_NAMES_RECOGNIZER } from '../../../electron/services/redaction/names/scripts';

const names = (t: string) => SCRIPT_NAMES_RECOGNIZER.detect(t).map((c) => t.slice(c.start, c.end));

describe('names in Chinese and Arabic script', () => {
  it('finds a Chinese name (a surname and one or two characters) and an Arabic given name with its family name', () => {
    assert.deepEqual(names('Summarise: 王伟 (Wang Wei) met Дмитрий Иванов and محمد العلي in Dubai on 2024-05-03.'), [
      '王伟',
      'محمد العلي',
    ]);
    assert.deepEqual(names('Please forward the contract to 欧阳娜娜 and to the legal team in Shanghai.'), ['欧阳娜娜']);
  });

  it('reads nothing in text written in those scripts, or in Japanese, where short runs are words', () => {
    assert.deepEqual(names('我们明天去北京开会，王伟也会来。'), []);
    assert.deepEqual(names('Meeting note: 金曜日に田中さんと会います'), []);
    assert.deepEqual(names('السلام عليكم محمد العلي'), []);
  });

  it('leaves Han words that do not start with a surname, and Arabic phrases without a given name', () => {
    assert.deepEqual(names('The sign said 出口 (exit) and the menu listed 北京烤鸭 for dinner with friends.'), []);
    assert.deepEqual(names('The banner read السلام عليكم at the entrance of the conference hall today.'), []);
  });
});
