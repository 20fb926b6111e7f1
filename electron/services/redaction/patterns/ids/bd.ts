// Bangladesh: the national ID (NID), 10 digits on smart cards, 13 or 17 on older ones. Only where named.
import { namedIdRecognizer } from './define';

export const BD_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'BD_NID',
    names: ['nid', 'nid no', 'nid number', 'জাতীয় পরিচয়পত্র'],
    // Generic words are no label: after one, another country's checked ID must still win.
    nearby: ['national id', 'bangladesh'],
    pattern: '[0-9]{17}|[0-9]{13}|[0-9]{10}',
  }),
];
