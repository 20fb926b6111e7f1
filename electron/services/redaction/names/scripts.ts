// Names written in Chinese or Arabic script inside a text in another script: "王伟 (Wang Wei) met
// محمد العلي". The capital-letter cues of the other name rules do not exist in these scripts, and
// an English NER model does not read them. In a text written mostly in that script a short run is
// as likely a word as a name, so the rule only runs where the script is the minority.
import type { Candidate, Recognizer } from '../types';

/** The most common Chinese surnames (about 85% of the population), and four compound ones. */
const CHINESE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ...'張劉陳楊黃趙吳許韓馮鄧蕭董葉蘇魏呂盧鍾譚陸賈鄒龔邵錢嚴',
]);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '歐陽', '司馬', '諸葛'];

/** Common Arabic given names (with and without the hamza), the first word of a name. */
const ARABIC_GIVEN = new Set(
  (
    'محمد أحمد احمد علي عمر خالد يوسف إبراهيم ابراهيم حسن حسين محمود مصطفى عبد عبدالله عبدالرحمن سعيد سعد ' +
    'فهد ناصر سلمان طارق كريم ماجد وليد هشام سامي رامي زياد عمرو أنس انس بلال جمال عادل فيصل ' +
    'فاطمة عائشة مريم خديجة زينب سارة ليلى نور هدى أمل امل رنا دينا سلمى ياسمين منى هند ريم لينا نادية'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
// Japanese writes kanji words between kana ("金曜日に"): there a short Han run is a word.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ARABIC = /\p{Script=Arabic}/u;
const ARABIC_ALL = /\p{Script=Arabic}/gu;
const ARABIC_RUN = /\p{Script=Arabic}+(?:[ \u00a0]\p{Script=Arabic}+){1,3}/gu;

/** Whether the script `all` (a global regex) is a minority: under 30% of the text's characters. */
function minority(text: string, all: RegExp): boolean {
  const limit = text.length * 0.3;
  let n = 0;
  all.lastIndex = 0;
  while (all.exec(text)) if (++n >= limit) return false;
  return true;
}

/** A run of two or three Han characters that starts with a surname (or a compound surname and one or two more). */
function chineseName(run: string): boolean {
  const compound = COMPOUND_SURNAMES.some((s) => run.startsWith(s));
  if (compound) return run.length === 3 || run.length === 4;
  return (run.length === 2 || run.length === 3) && CHINESE_SURNAMES.has(run[0]!);
}

function person(start: number, end: number, subtype: string): Candidate {
  return { start, end, type: 'PERSON', subtype, score: 0.62, source: 'pattern' };
}

export const SCRIPT_NAMES_RECOGNIZER: Recognizer = {
  name: 'script-names',
  types: ['PERSON'],
  detect(text) {
    const out: Candidate[] = [];
    // Nearly every text has neither script: two quick tests before any counting.
    const han = HAN.test(text);
    const arabic = ARABIC.test(text);
    if (!han && !arabic) return out;
    if (han && !KANA.test(text) && minority(text, HAN_ALL)) {
      HAN_RUN.lastIndex = 0;
      for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
        if (chineseName(m[0])) out.push(person(m.index, m.index + m[0].length, 'CHINESE_SCRIPT'));
      }
    }
    if (arabic && minority(text, ARABIC_ALL)) {
      ARABIC_RUN.lastIndex = 0;
      for (let m = ARABIC_RUN.exec(text); m; m = ARABIC_RUN.exec(text)) {
        const words = m[0].split(/[ \u00a0]/);
        // A given name first, then up to three more words (father's or family name, "al-...").
        if (ARABIC_GIVEN.has(words[0]!)) out.push(person(m.index, m.index + m[0].length, 'ARABIC_SCRIPT'));
      }
    }
    return out;
  },
};
