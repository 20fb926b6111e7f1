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

// Plain BMP ranges rather than script properties: the regex engine scans them several times faster.
// Han: CJK Unified Ideographs, Extension A, Compatibility Ideographs.
const HAN_CLASS = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
// Arabic: Arabic, Supplement, Extended-A, Presentation Forms A and B.
const ARABIC_CLASS = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const HAN = new RegExp(`[${HAN_CLASS}]`);
const HAN_RUN = new RegExp(`[${HAN_CLASS}]+`, 'g');
// Japanese writes kanji words between kana ("金曜日に"): there a short Han run is a word.
const KANA = /[\u3040-\u30FF]/;
const ARABIC = new RegExp(`[${ARABIC_CLASS}]`);
const ARABIC_RUN = new RegExp(`[${ARABIC_CLASS}]+(?:[ \\u00a0][${ARABIC_CLASS}]+){1,3}`, 'g');

/**
 * The runs of `runs` (a global regex) that `accept` takes, or none when the script is no minority:
 * 30% or more of the text's characters, where a short run is as likely a word.
 */
function minorityRuns(text: string, runs: RegExp, accept: (run: string) => boolean, subtype: string): Candidate[] {
  const out: Candidate[] = [];
  let inScript = 0;
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    inScript += m[0].length;
    if (accept(m[0])) out.push(person(m.index, m.index + m[0].length, subtype));
  }
  return inScript < text.length * 0.3 ? out : [];
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
    if (han && !KANA.test(text)) out.push(...minorityRuns(text, HAN_RUN, chineseName, 'CHINESE_SCRIPT'));
    // A given name first, then up to three more words (father's or family name, "al-...").
    if (arabic)
      out.push(
        ...minorityRuns(text, ARABIC_RUN, (run) => ARABIC_GIVEN.has(run.split(/[ \u00a0]/)[0]!), 'ARABIC_SCRIPT'),
      );
    return out;
  },
};
