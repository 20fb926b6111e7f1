// Morocco: the CIN / CNIE (national identity card), one or two letters of the issuing region and five
// or six digits ("AB123456"). Only where named.
import { namedIdRecognizer } from './define';

export const MA_RECOGNIZERS = [
  namedIdRecognizer({
    subtype: 'MA_CIN',
    names: ['cin', 'cnie', 'carte nationale', "carte nationale d'identité", 'البطاقة الوطنية'],
    pattern: '[A-Z]{1,2}[0-9]{5,6}',
    caseSensitive: true,
  }),
];
