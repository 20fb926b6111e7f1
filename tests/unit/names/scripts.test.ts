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

  it('reads no bare run in text written in those scripts, or in Japanese, where short runs are words', () => {
    assert.deepEqual(names('我们明天去北京开会，王伟也会来。'), []);
    assert.deepEqual(names('Meeting note: 金曜日に会います'), []);
    assert.deepEqual(names('السلام عليكم محمد العلي'), []);
  });

  it('finds names in their own script by the honorific after them or the introduction before them', () => {
    assert.deepEqual(names('Meeting note: 金曜日に田中さんと会います'), ['田中']);
    assert.deepEqual(names('田中太郎様の住所。私は鈴木です。'), ['田中太郎', '鈴木']);
    assert.deepEqual(names('请把合同发给王伟先生，我叫李娜。李女士和欧阳娜娜小姐'), ['王伟', '李娜', '李', '欧阳娜娜']);
    assert.deepEqual(names('김민준 고객님, 제 이름은 박지훈입니다.'), ['김민준', '박지훈']);
    // After a form's label for a person: contact, recipient.
    assert.deepEqual(names('身份证号 11010519491231002X，联系人王伟，电话 13812345678。'), ['王伟']);
    assert.deepEqual(names('收件人：李娜 地址：上海市'), ['李娜']);
    // Japanese: after a greeting before です, before と申します, and after a form's labels (kanji alone too).
    assert.deepEqual(names('こんにちは、田中美咲です。鈴木一郎と申します。'), ['田中美咲', '鈴木一郎']);
    assert.deepEqual(names('担当者：佐藤健一\n氏名：山田 太郎'), ['佐藤健一', '山田 太郎']);
    assert.deepEqual(names('今日は晴れです。'), []);
    assert.deepEqual(names('اسمي أحمد الخطيب ورقم هاتفي ١٢٣. السيد محمد العلي'), ['أحمد الخطيب', 'محمد العلي']);
    // Not the Arabic comma after the name.
    assert.deepEqual(names('مرحبا، اسمي أحمد الخطيب، رقم هاتفي'), ['أحمد الخطيب']);
    // "I am" in Korean; "my name is" in Thai, Hebrew and Hindi, to the word that ends the introduction.
    assert.deepEqual(names('안녕하세요, 저는 김지수입니다.'), ['김지수']);
    assert.deepEqual(names('ฉันชื่อสมชาย ใจดี เบอร์โทร 081'), ['สมชาย ใจดี']);
    assert.deepEqual(names('שמי יוסי כהן, הטלפון שלי'), ['יוסי כהן']);
    assert.deepEqual(names('मेरा नाम राहुल शर्मा है और'), ['राहुल शर्मा']);
    // After a Hindi title and an Arabic "dear".
    assert.deepEqual(names('श्री राजेश कुमार, मोबाइल 98765 43210; श्रीमती सुनीता शर्मा से मिलें'), ['राजेश कुमार', 'सुनीता शर्मा']);
    assert.deepEqual(names('عزيزي أحمد المنصوري، رقم الهاتف'), ['أحمد المنصوري']);
    // Not a word that merely starts like a title (श्रीलंका, Sri Lanka).
    assert.deepEqual(names('श्रीलंका सुंदर है'), []);
  });

  it('takes no word before an honorific that is no name', () => {
    // "木曜日さんぽ" (a Thursday walk), 고객님 (the customer), 今天 (today) before 先生.
    assert.deepEqual(names('木曜日さんぽ。今日先生が来た。'), []);
    assert.deepEqual(names('고객님 감사합니다.'), []);
    assert.deepEqual(names('今天天气很好，我们去公园吧。'), []);
    // "Contact phone": no name after the label.
    assert.deepEqual(names('联系人电话 13812345678'), []);
  });

  it('leaves Han words that do not start with a surname, and Arabic phrases without a given name', () => {
    assert.deepEqual(names('The sign said 出口 (exit) and the menu listed 北京烤鸭 for dinner with friends.'), []);
    assert.deepEqual(names('The banner read السلام عليكم at the entrance of the conference hall today.'), []);
  });
});

describe('names in a script without spaces, repeated', () => {
  it('finds every name of a 1.2 MB text of them without overflowing the stack', () => {
    const text = '我叫王伟。'.repeat(240_000);
    assert.equal(SCRIPT_NAMES_RECOGNIZER.detect(text).length, 240_000);
  });
});
