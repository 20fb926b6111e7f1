// National ID, tax, passport, licence and registration number recognizers (type ID_NUMBER),
// one file per country. Each is a precompiled regex plus checksum / structure validation and
// context words; see define.ts for the scoring tiers.
import type { Recognizer } from '../../types';
import { AE_RECOGNIZERS } from './ae';
import { AR_RECOGNIZERS } from './ar';
import { AT_RECOGNIZERS } from './at';
import { AU_RECOGNIZERS } from './au';
import { BE_RECOGNIZERS } from './be';
import { BG_RECOGNIZERS } from './bg';
import { BR_RECOGNIZERS } from './br';
import { CA_RECOGNIZERS } from './ca';
import { CH_RECOGNIZERS } from './ch';
import { CL_RECOGNIZERS } from './cl';
import { CN_RECOGNIZERS } from './cn';
import { CO_RECOGNIZERS } from './co';
import { CZ_RECOGNIZERS } from './cz';
import { DE_RECOGNIZERS } from './de';
import { DEVICE_RECOGNIZERS } from './devices';
import { RESEARCH_RECOGNIZERS } from './research';
import { DK_RECOGNIZERS } from './dk';
import { EE_RECOGNIZERS } from './ee';
import { ES_RECOGNIZERS } from './es';
import { FI_RECOGNIZERS } from './fi';
import { FR_RECOGNIZERS } from './fr';
import { GH_RECOGNIZERS } from './gh';
import { GR_RECOGNIZERS } from './gr';
import { HK_RECOGNIZERS } from './hk';
import { HR_RECOGNIZERS } from './hr';
import { HU_RECOGNIZERS } from './hu';
import { ID_RECOGNIZERS_INDONESIA } from './id';
import { IE_RECOGNIZERS } from './ie';
import { IL_RECOGNIZERS } from './il';
import { IN_RECOGNIZERS } from './in';
import { IS_RECOGNIZERS } from './is';
import { IT_RECOGNIZERS } from './it';
import { JP_RECOGNIZERS } from './jp';
import { KR_RECOGNIZERS } from './kr';
import { KZ_RECOGNIZERS } from './kz';
import { MX_RECOGNIZERS } from './mx';
import { MY_RECOGNIZERS } from './my';
import { NG_RECOGNIZERS } from './ng';
import { NL_RECOGNIZERS } from './nl';
import { NO_RECOGNIZERS } from './no';
import { NZ_RECOGNIZERS } from './nz';
import { PH_RECOGNIZERS } from './ph';
import { PL_RECOGNIZERS } from './pl';
import { PT_RECOGNIZERS } from './pt';
import { RECORD_RECOGNIZERS } from './records';
import { RO_RECOGNIZERS } from './ro';
import { RS_RECOGNIZERS } from './rs';
import { RU_RECOGNIZERS } from './ru';
import { SA_RECOGNIZERS } from './sa';
import { SE_RECOGNIZERS } from './se';
import { SG_RECOGNIZERS } from './sg';
import { TH_RECOGNIZERS } from './th';
import { TR_RECOGNIZERS } from './tr';
import { TW_RECOGNIZERS } from './tw';
import { UK_RECOGNIZERS } from './uk';
import { US_RECOGNIZERS } from './us';
import { VEHICLE_RECOGNIZERS } from './vehicles';
import { ZA_RECOGNIZERS } from './za';

import { BD_RECOGNIZERS } from './bd';
import { EG_RECOGNIZERS } from './eg';
import { KE_RECOGNIZERS } from './ke';
import { LK_RECOGNIZERS } from './lk';
import { MA_RECOGNIZERS } from './ma';
import { PK_RECOGNIZERS } from './pk';
import { VE_RECOGNIZERS } from './ve';
import { VN_RECOGNIZERS } from './vn';
import { idRecognizerGroup, type IdRecognizer } from './define';
import { ID_LABEL_RECOGNIZER } from './id-label';

export { idRecognizer, nearContext, TIER, type IdSpec, type Verdict } from './define';

export const ID_RECOGNIZERS: IdRecognizer[] = [
  ...US_RECOGNIZERS,
  ...UK_RECOGNIZERS,
  ...DE_RECOGNIZERS,
  ...ES_RECOGNIZERS,
  ...IT_RECOGNIZERS,
  ...FR_RECOGNIZERS,
  ...NL_RECOGNIZERS,
  ...BE_RECOGNIZERS,
  ...PL_RECOGNIZERS,
  ...FI_RECOGNIZERS,
  ...SE_RECOGNIZERS,
  ...DK_RECOGNIZERS,
  ...NO_RECOGNIZERS,
  ...TR_RECOGNIZERS,
  ...KR_RECOGNIZERS,
  ...KZ_RECOGNIZERS,
  ...IN_RECOGNIZERS,
  ...IS_RECOGNIZERS,
  ...SG_RECOGNIZERS,
  ...HK_RECOGNIZERS,
  ...AU_RECOGNIZERS,
  ...NZ_RECOGNIZERS,
  ...CA_RECOGNIZERS,
  ...ZA_RECOGNIZERS,
  ...TH_RECOGNIZERS,
  ...PH_RECOGNIZERS,
  ...NG_RECOGNIZERS,
  ...BR_RECOGNIZERS,
  ...MX_RECOGNIZERS,
  ...CN_RECOGNIZERS,
  ...JP_RECOGNIZERS,
  ...PT_RECOGNIZERS,
  ...IE_RECOGNIZERS,
  ...CH_RECOGNIZERS,
  ...CL_RECOGNIZERS,
  ...CO_RECOGNIZERS,
  ...RU_RECOGNIZERS,
  ...AE_RECOGNIZERS,
  ...AT_RECOGNIZERS,
  ...AR_RECOGNIZERS,
  ...BG_RECOGNIZERS,
  ...CZ_RECOGNIZERS,
  ...EE_RECOGNIZERS,
  ...GR_RECOGNIZERS,
  ...HR_RECOGNIZERS,
  ...HU_RECOGNIZERS,
  ...IL_RECOGNIZERS,
  ...MY_RECOGNIZERS,
  ...RO_RECOGNIZERS,
  ...RS_RECOGNIZERS,
  ...SA_RECOGNIZERS,
  ...TW_RECOGNIZERS,
  ...ID_RECOGNIZERS_INDONESIA,
  ...PK_RECOGNIZERS,
  ...BD_RECOGNIZERS,
  ...LK_RECOGNIZERS,
  ...EG_RECOGNIZERS,
  ...MA_RECOGNIZERS,
  ...KE_RECOGNIZERS,
  ...GH_RECOGNIZERS,
  ...VN_RECOGNIZERS,
  ...VE_RECOGNIZERS,
  ...RECORD_RECOGNIZERS,
  ...VEHICLE_RECOGNIZERS,
  ...DEVICE_RECOGNIZERS,
  ...RESEARCH_RECOGNIZERS,
  ID_LABEL_RECOGNIZER,
];

/** The ID recognizers as one recognizer, as the engine runs them. */
export const ID_NUMBERS_RECOGNIZER: Recognizer = idRecognizerGroup('id-numbers', ID_RECOGNIZERS);
